package io.naap.capacity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestListTest} again, against the packaged jar. */
@QuarkusIntegrationTest
class RequestListIT extends RequestListTest {
}
