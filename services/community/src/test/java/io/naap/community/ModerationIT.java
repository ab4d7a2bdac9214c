package io.naap.community;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ModerationTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class ModerationIT extends ModerationTest {
}
