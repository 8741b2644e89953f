package com.procurementrisk.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The page assertions against the packaged application. */
@QuarkusIntegrationTest
class WebPagesIT extends WebPagesTest {
}
