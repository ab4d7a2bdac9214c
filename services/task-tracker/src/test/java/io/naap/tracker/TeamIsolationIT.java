package io.naap.tracker;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TeamIsolationTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class TeamIsolationIT extends TeamIsolationTest {
}
