package com.procurementrisk.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no serious or critical accessibility issue on any page, on a desktop and a phone. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class AccessibilityBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 375})
    void noPageHasASeriousOrCriticalAccessibilityIssue(int width) {
        String id = given().contentType(ContentType.JSON)
                .body(com.procurementrisk.api.AssessmentApiTest.request("Accessible", com.procurementrisk.api.ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        List<String> pages = List.of("", "assess/1", "assess/5", "results?a=" + WebPagesTest.token(),
                "sign-in", "sign-in?failed=true", "results");
        List<String> problems = new ArrayList<>();
        // The pages are first seen by someone not signed in (the REST calls above were signed in).
        try (BrowserContext context = browser.newAnonymousContext(true, width)) {
            Page page = context.newPage();
            check(page, pages, problems);
            // Signed in as an administrator: the header changes, and the administration pages open.
            page.navigate(root + "sign-in");
            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill(com.procurementrisk.access.AccountsTestPasswords.FIRST_ADMIN);
            page.locator("form.sign-in button[type=submit]").click();
            page.waitForURL(root.toString());
            check(page, List.of("", "assessments", "assessments/" + id, "assessments/" + id + "/delete",
                    "compare?left=" + id, "admin/accounts", "admin/audit", "account/tokens", "sign-out"), problems);
        }
        assertThat(problems).as("serious or critical accessibility issues at %d px", width).isEmpty();
    }

    private void check(Page page, List<String> paths, List<String> problems) {
        for (String path : paths) {
            page.navigate(root + path);
            // Open every collapsed section so that its content is checked too.
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            AxeResults results = new AxeBuilder(page).analyze();
            for (Rule v : results.getViolations()) {
                if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                    problems.add("/" + path + ": " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " "
                            + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
    }
}
