package com.procurementrisk.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Browser smoke test of the packaged application: the whole questionnaire, with and without JavaScript. */
@QuarkusIntegrationTest
class QuestionnaireBrowserIT extends QuestionnaireBrowserTest {
}
