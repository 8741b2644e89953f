package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * What a buyer does after reading a decision, with and without JavaScript: compare a revision
 * with the previous one, change one section's answers and keep the scenario, re-score what an
 * older model scored, and recover from a link without answers.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class DecisionWorkflowBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aBuyerComparesRevisionsChangesOneSectionAndKeepsTheScenario(boolean javaScript) {
        Map<String, Object> request = AssessmentApiTest.request("Workflow " + javaScript, ScoringResourceTest.answers());
        request.put("scenario", "formal_legal_claim_filed");
        String id = given().contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                .statusCode(201).extract().path("id");
        try (BrowserContext context = browser.context(javaScript, javaScript ? 1280 : 375)) {
            Page page = context.newPage();
            page.navigate(root + "assessments/" + id);
            assertThat(page.locator(".decision .verdict")).isVisible();

            // Change only the legal section, straight from the results, and save under the same scenario.
            page.locator("#answers > summary").click();
            page.getByLabel("Change the answers of").selectOption("6");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
            assertThat(page.getByText("Step 6 of 8")).isVisible();
            page.getByLabel("High - commercial benefit outweighs legal uncertainty").check();
            for (int step = 6; step <= 8; step++) {
                page.locator("button[value=next]").click();
            }
            assertThat(page.locator(".save-scenario")).containsText("Microsoft files a formal legal claim");
            page.getByLabel("What changed (optional)").fill("Legal accepts more risk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new revision")).click();
            assertThat(page.locator("p.meta").first()).containsText("revision 2 of 2");
            assertThat(page.locator("p.meta").nth(1)).containsText("Microsoft files a formal legal claim");

            // Compare with the previous revision: the changed answer is named as such.
            page.locator("#history > summary").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare with previous")).first().click();
            assertThat(page.locator("table.input-changes")).containsText("Answer");
            assertThat(page.locator("table.input-changes")).containsText("High - commercial benefit");
            assertThat(page.locator("table.input-changes tbody tr")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("compare-previous-js-" + javaScript))
                    .setFullPage(true));
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void assessmentsOfAnOlderModelAreFlaggedAndReScoredTogether(boolean javaScript) {
        // Saved while the older shipped model was active.
        com.procurementrisk.models.TestModels.whileActive("2026.11.0", () -> given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Older model " + javaScript, ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id"));
        try (BrowserContext context = browser.context(javaScript, javaScript ? 1280 : 375)) {
            Page page = context.newPage();
            page.navigate(root + "assessments?q=Older+model+" + javaScript);
            assertThat(page.locator("tbody")).containsText("newer model available");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Re-score all"))).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Re-scored");
            page.navigate(root + "assessments?q=Older+model+" + javaScript);
            assertThat(page.locator("tbody")).not().containsText("newer model available");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("rescored-list-js-" + javaScript)));
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aResultsLinkWithoutAnswersOffersAFreshStart(boolean javaScript) {
        try (BrowserContext context = browser.context(javaScript, javaScript ? 1280 : 375)) {
            Page page = context.newPage();
            page.navigate(root + "results");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("This link has no answers");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("start a new assessment")).click();
            assertThat(page.getByText("Step 1 of 8")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("no-answers-js-" + javaScript)));
        }
    }
}
