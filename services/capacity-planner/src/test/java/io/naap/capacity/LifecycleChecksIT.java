package io.naap.capacity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LifecycleChecksTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class LifecycleChecksIT extends LifecycleChecksTest {
}
