package io.naap.community;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ReputationTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class ReputationIT extends ReputationTest {
}
