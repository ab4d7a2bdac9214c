package io.naap.tracker;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HostileInputTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
