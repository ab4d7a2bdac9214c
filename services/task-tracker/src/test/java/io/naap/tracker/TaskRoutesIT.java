package io.naap.tracker;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TaskRoutesTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class TaskRoutesIT extends TaskRoutesTest {
}
