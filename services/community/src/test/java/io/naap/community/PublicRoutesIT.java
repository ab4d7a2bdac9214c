package io.naap.community;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PublicRoutesTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class PublicRoutesIT extends PublicRoutesTest {
}
