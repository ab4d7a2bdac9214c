package io.naap.community;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PostRoutesTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class PostRoutesIT extends PostRoutesTest {
}
