package io.naap.capacity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SoftCommitsAndCommentsTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class SoftCommitsAndCommentsIT extends SoftCommitsAndCommentsTest {
}
