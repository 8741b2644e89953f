package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application (jar here, native where GraalVM exists). */
@QuarkusIntegrationTest
class ScoringResourceIT extends ScoringResourceTest {
}
