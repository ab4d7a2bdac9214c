package io.naap.capacity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestWritesTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class RequestWritesIT extends RequestWritesTest {
}
