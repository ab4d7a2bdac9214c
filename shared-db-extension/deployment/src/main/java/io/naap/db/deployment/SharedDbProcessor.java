package io.naap.db.deployment;

import io.naap.db.rest.Draining;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.ShutdownListenerBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageProxyDefinitionBuildItem;

/** Makes the shared model, its beans and its routes part of every service that imports the extension. */
class SharedDbProcessor {

    static final String FEATURE = "naap-shared-db";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Entities, CDI beans, exception mappers and health routes live in the runtime jar: index it like application code. */
    @BuildStep
    IndexDependencyBuildItem indexRuntimeModule() {
        return new IndexDependencyBuildItem("io.naap", "naap-shared-db");
    }

    /** The migration lock wraps Flyway's JDBC connection in a dynamic proxy, which a native image must know of. */
    /** New requests are refused, not started, once shutdown drains the ones in flight. */
    @BuildStep
    ShutdownListenerBuildItem drainOnShutdown() {
        return new ShutdownListenerBuildItem(new Draining());
    }

    @BuildStep
    NativeImageProxyDefinitionBuildItem migrationLockConnectionProxy() {
        return new NativeImageProxyDefinitionBuildItem("java.sql.Connection");
    }
}
