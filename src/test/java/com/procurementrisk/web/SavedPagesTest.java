package com.procurementrisk.web;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Saved assessments' pages and downloads as HTTP sees them. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class SavedPagesTest {

    static String save(String title) {
        return given().contentType(ContentType.JSON).body(AssessmentApiTest.request(title, ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSavedAssessmentHasAPdfReportWithTheResults() {
        String id = save("Report me");

        byte[] pdf = given().when().get("/assessments/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf")
                // Named after the assessment and the revision's date.
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "inline; filename=\"report-me-\\d{4}-\\d{2}-\\d{2}-r1\\.pdf\""))
                .extract().asByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        given().when().get("/assessments/" + id + "/revisions/9/report.pdf").then().statusCode(404);

        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            // Tagged, titled and in a stated language, so a screen reader can read it.
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()).as("marked").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Report me");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("font " + name + " embedded").isTrue();
                }
            }
            // Page 1 is the decision with the chart; the detail follows as appendices, in order.
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(doc);
            assertThat(first).contains("Recommended:").contains("Why this route").contains("First actions")
                    .contains("Overall risk, 0 to 100").doesNotContain("Appendix B");
            text.setEndPage(doc.getNumberOfPages());
            String all = text.getText(doc);
            int previous = 0;
            for (String appendix : List.of("Appendix A", "Appendix B", "Appendix C", "Appendix D", "Appendix E")) {
                int at = all.indexOf(appendix + ":", previous);
                assertThat(at).as(appendix + " after the one before").isGreaterThan(previous);
                previous = at;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSharedReportStopsWithTheLink() {
        String id = save("Shared report");
        String token = given().contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(201)
                .extract().path("token");

        given().get("/shared/" + token + "/report.pdf").then().statusCode(200).contentType("application/pdf");
        given().get("/shared/" + token).then().statusCode(200).body(containsString("read-only copy"))
                .body(org.hamcrest.Matchers.not(containsString("/api/v1/assessments/" + id)));

        given().contentType(ContentType.JSON).delete("/api/v1/assessments/" + id + "/shares/" + token).then().statusCode(204);
        given().get("/shared/" + token + "/report.pdf").then().statusCode(404);
        given().accept("text/html").get("/shared/" + token).then().statusCode(404);
    }

    @Test
    void twoSavedAssessmentsAreComparedOnAPage() {
        String left = save("Left side");
        String right = save("Right side");

        given().accept("text/html").get("/compare?left=" + left + "&right=" + right + ":1").then().statusCode(200)
                .body(containsString("Left side, revision 1")).body(containsString("Right side, revision 1"))
                .body(containsString("The same recommendations apply to both."));
        given().accept("text/html").get("/compare?left=not-an-id").then().statusCode(404);
    }

    @Test
    void comparingRevisionsNamesTheChangedAnswersScenarioAndModelAndThePickerLeavesOutTheAssessmentItself() {
        String id = save("Revised twice");
        int version = given().get("/api/v1/assessments/" + id).jsonPath().getInt("version");
        java.util.Map<String, Object> revise = AssessmentApiTest.request(null, ScoringResourceTest.answers());
        ((java.util.Map<String, Object>) revise.get("answers")).put("legal.risk_appetite", "high");
        revise.put("scenario", "formal_legal_claim_filed");
        revise.put("version", version);
        given().contentType(ContentType.JSON).body(revise).put("/api/v1/assessments/" + id).then().statusCode(200);

        given().accept("text/html").get("/assessments/" + id).then().statusCode(200)
                .body(containsString("href=\"/compare?left=" + id + ":1&amp;right=" + id + ":2\""))
                .body(containsString("Compare with previous"));
        String page = given().accept("text/html").get("/compare?left=" + id + ":1&right=" + id + ":2").then()
                .statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("<td>Answer</td><th scope=\"row\">What is your legal and compliance appetite")
                .contains("<td>Scenario</td>").contains("Microsoft files a formal legal claim")
                .doesNotContain("<td>Model version</td>")
                // The picker offers the other revision, never the left-hand side itself.
                .contains("<option value=\"" + id + ":2\"").doesNotContain("<option value=\"" + id + ":1\"");

        String other = save("Findable by title zebra");
        given().accept("text/html").get("/compare?left=" + id + "&q=ZEBRA").then().statusCode(200)
                .body(containsString("<option value=\"" + other + "\""))
                .body(org.hamcrest.Matchers.not(containsString("<option value=\"" + id + "\"")));
    }

    @Test
    void theListOfSavedAssessmentsLinksToEachOne() {
        String id = save("Listed");

        given().accept("text/html").get("/assessments").then().statusCode(200)
                .body(containsString("href=\"/assessments/" + id + "\""));
    }

    @Test
    void editingASavedAssessmentKeepsItsScenarioAndThePageSaysWhichScenarioIsSaved() {
        java.util.Map<String, Object> request = AssessmentApiTest.request("Under a claim", ScoringResourceTest.answers());
        request.put("scenario", "formal_legal_claim_filed");
        String id = given().contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                .statusCode(201).extract().path("id");

        String page = given().accept("text/html").get("/assessments/" + id).then().statusCode(200).extract().asString();
        java.util.regex.Matcher change = java.util.regex.Pattern.compile("href=\"(/assess/1\\?a=[^\"]+)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(change.find()).isTrue();
        String edit = change.group(1).replace("&amp;", "&");
        org.assertj.core.api.Assertions.assertThat(edit).contains("&scenario=formal_legal_claim_filed")
                .contains("&edit=" + id);
        // Every section can be changed directly, and the steps link to each other.
        org.assertj.core.api.Assertions.assertThat(page).contains("action=\"/assess/go\"")
                .contains("<option value=\"5\">5.");
        given().redirects().follow(false).get(edit.replace("/assess/1?", "/assess/go?step=5&")).then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.containsString("/assess/5?a="))
                .header("Location", org.hamcrest.Matchers.containsString("scenario=formal_legal_claim_filed"));
        String step = given().accept("text/html").get(edit.replace("/assess/1", "/assess/3")).then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(step)
                .contains("name=\"scenario\" value=\"formal_legal_claim_filed\"")
                .containsPattern("href=\"/assess/1\\?a=[^\"]+&amp;scenario=formal_legal_claim_filed\"");

        String results = given().accept("text/html").get(edit.replace("/assess/1", "/results")).then()
                .statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(results)
                .contains("name=\"scenario\" value=\"formal_legal_claim_filed\"")
                .contains("Saved with the scenario shown: <strong>Microsoft files a formal legal claim</strong>");
    }

    @Test
    void theListFlagsOlderModelsReScoresThemAllSearchesByTitleAndAnAssessmentCanBeDeletedAfterConfirmation()
            throws Exception {
        // One assessment saved under the current model, one under an older one.
        String id = save("Quarterly quokka review");
        String old = com.procurementrisk.models.TestModels.whileActive("2026.11.0",
                () -> save("Quarterly quokka review"));

        io.restassured.response.Response list = given().get("/assessments?q=QUOKKA");
        org.assertj.core.api.Assertions.assertThat(list.asString()).contains("2 found for")
                .contains("newer model available").contains("Re-score all");
        String csrf = WebPagesTest.field(list.asString(), "csrf-token");
        io.restassured.response.Response rescore = given().cookies(list.cookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .redirects().follow(false).post("/assessments/rescore-outdated");
        rescore.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/assessments"));
        // What it did is shown once on the page it leads to (a flash cookie), not carried in the address.
        org.assertj.core.api.Assertions.assertThat(given().cookies(rescore.cookies()).get("/assessments").asString())
                .contains("Re-scored ").contains("assessment(s) under risk model 2026.12.0");
        given().get("/api/v1/assessments/" + old).then().statusCode(200)
                .body("modelVersion", org.hamcrest.Matchers.equalTo("2026.12.0"))
                .body("revision", org.hamcrest.Matchers.equalTo(2));
        org.assertj.core.api.Assertions.assertThat(given().get("/assessments?q=quokka").asString())
                .doesNotContain("newer model available");

        io.restassured.response.Response confirm = given().get("/assessments/" + old + "/delete");
        org.assertj.core.api.Assertions.assertThat(confirm.asString()).contains("Delete “Quarterly quokka review”?")
                .contains("cannot be undone");
        given().cookies(confirm.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", WebPagesTest.field(confirm.asString(), "csrf-token"))
                .redirects().follow(false).post("/assessments/" + old + "/delete").then().statusCode(303);
        given().accept("text/html").get("/assessments/" + old).then().statusCode(404);
        given().get("/api/v1/assessments/" + old).then().statusCode(404);
        given().get("/api/v1/assessments/" + id).then().statusCode(200);
    }

    @Test
    void aStatusLineCannotBeMadeUpByALinkOrAPlantedCookie() {
        String id = save("Flash of truth");
        io.restassured.response.Response confirm = given().get("/assessments/" + id + "/delete");
        io.restassured.response.Response deleted = given().cookies(confirm.cookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", WebPagesTest.field(confirm.asString(), "csrf-token"))
                .redirects().follow(false).post("/assessments/" + id + "/delete");
        deleted.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/assessments"))
                .cookie("advisor-flash", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
        io.restassured.response.Response shown = given().cookies(deleted.cookies()).get("/assessments");
        org.assertj.core.api.Assertions.assertThat(shown.asString()).contains("Deleted “Flash of truth”.");
        org.assertj.core.api.Assertions.assertThat(shown.getDetailedCookie("advisor-flash").getMaxAge()).isZero();

        for (String forged : java.util.List.of("/assessments?deleted=Everything&rescored=99&refused=1",
                "/admin/accounts?done=Everything+was+deleted", "/admin/models?done=Everything+was+deleted")) {
            org.assertj.core.api.Assertions.assertThat(given().accept("text/html").get(forged).asString()).as(forged)
                    .doesNotContain("Everything").doesNotContain("Re-scored 99");
        }
        // A cookie planted by another page of the same site is not signed by this server: not shown.
        String planted = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Deleted everything.".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".forged";
        org.assertj.core.api.Assertions.assertThat(given().cookie("advisor-flash", planted).get("/assessments")
                .asString()).doesNotContain("Deleted everything");
    }

    @Test
    void aResultsLinkMadeWithAnotherModelSaysSo() {
        given().accept("text/html").get("/results?a=" + WebPagesTest.token() + "&m=2026.11.0").then().statusCode(200)
                .body(containsString("This link was made with risk model 2026.11.0"));
        String page = given().accept("text/html").get("/results?a=" + WebPagesTest.token()).asString();
        org.assertj.core.api.Assertions.assertThat(page).doesNotContain("This link was made with")
                .contains("&amp;m=2026.12.0");
    }
}
