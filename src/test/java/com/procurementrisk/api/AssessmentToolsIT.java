package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same assertions against the packaged application and its own embedded database. */
@QuarkusIntegrationTest
class AssessmentToolsIT extends AssessmentToolsTest {
}
