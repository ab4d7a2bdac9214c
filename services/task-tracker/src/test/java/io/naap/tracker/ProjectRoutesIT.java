package io.naap.tracker;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ProjectRoutesTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class ProjectRoutesIT extends ProjectRoutesTest {
}
