package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.scoring.BuyerArchetypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision (recommended route, verdict, robustness, drivers, first actions, caveats) is read
 * without scrolling, on a laptop and on a phone, for every buyer archetype, on the results page
 * and on the saved page, with JavaScript off (nothing may depend on it); the sections below it are
 * closed, open without JavaScript, and keep a laptop page within eight screens.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class DecisionFirstScreenBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280,800", "375,812"})
    void theWholeDecisionIsInTheFirstScreenForEveryArchetype(int width, int height) {
        List<String> below = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        try (BrowserContext context = browser.context(false, width, height)) {
            Page page = context.newPage();
            boolean first = true;
            for (BuyerArchetypes.Archetype buyer : BuyerArchetypes.all()) {
                String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(buyer.answers()).toString();
                String token = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
                String id = given().contentType(ContentType.JSON)
                        .body(AssessmentApiTest.request(buyer.name(), buyer.answers()))
                        .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
                for (String path : List.of("results?a=" + token, "assessments/" + id)) {
                    page.navigate(root + path);
                    assertThat(page.locator(".decision .verdict").count()).as(buyer.name() + " " + path).isEqualTo(1);
                    assertThat(page.locator(".decision .robustness").count()).isEqualTo(1);
                    assertThat(page.locator(".decision ol li").count()).as("first actions").isBetween(1, 3);
                    double bottom = ((Number) page.evaluate(
                            "document.querySelector('.decision').getBoundingClientRect().bottom")).doubleValue();
                    if (bottom > height) {
                        below.add(buyer.name() + " on /" + path.replaceAll("\\?.*", "") + ": ends at "
                                + Math.round(bottom) + " px");
                        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setClip(0, 0, width, bottom + 20).setPath(Browser.screenshot(
                                "decision-below-first-screen-" + width + "px-" + below.size())));
                    }
                    // Sections closed, the whole page is at most eight screens high on a laptop.
                    double pageHeight = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
                    if (width >= 1280 && pageHeight > 8 * height) {
                        tooLong.add(buyer.name() + " on /" + path.replaceAll("\\?.*", "") + ": "
                                + Math.round(pageHeight / height * 10) / 10.0 + " screens");
                    }
                    if (first) {
                        // Without JavaScript the collapsed sections still open, and everything stays reachable.
                        assertThat(page.locator(".recommendations > li").first().isVisible()).isFalse();
                        page.locator("#recommendations > summary").click();
                        assertThat(page.locator(".recommendations > li").first().isVisible()).isTrue();
                        page.locator("nav.contents a[href='#sources-open']").click();
                        assertThat(page.locator("#sources ol.sources a").first().isVisible()).isTrue();
                        page.navigate(root + path);
                        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(
                                "decision-first-screen-" + width + "px-" + path.replaceAll("[?/].*", ""))));
                    }
                }
                first = false;
            }
        }
        assertThat(below).as("decisions that run below the first screen").isEmpty();
        assertThat(tooLong).as("pages over eight screens with their sections closed").isEmpty();
    }
}
