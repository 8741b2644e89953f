package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The summary form, ETags and compression of the packaged application (not run here: ./mvnw verify). */
@QuarkusIntegrationTest
class ResponseSizeIT extends ResponseSizeTest {
}
