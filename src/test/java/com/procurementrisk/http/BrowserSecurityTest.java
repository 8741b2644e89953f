package com.procurementrisk.http;

import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.access.ApiTokens;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What a browser is told with every answer, and what a page elsewhere cannot make it do. */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class BrowserSecurityTest {

    @Inject
    ApiTokens tokens;

    static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        String id = save("Headers");
        List<Response> answers = List.of(
                given().accept(PAGE).get("/"),
                given().accept(PAGE).get("/assess/1"),
                given().accept(PAGE).get("/assessments/" + id),
                given().get("/assessments/" + id + "/report.pdf"),
                given().get("/api/v1/questionnaire"),
                given().get("/api/v1/assessments/" + id),
                given().get("/css/app.css"),
                given().get("/js/app.js"),
                given().get("/favicon.svg"),
                given().accept(PAGE).get("/no-such-page"),
                given().get("/api/v1/no-such-thing"),
                given().get("/q/health"),
                given().get("/q/openapi"),
                given().cookie(SignedInAsAdmin.COOKIE, "").redirects().follow(false).accept(PAGE).get("/admin/accounts"),
                given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", "wrong")
                        .post("/j_security_check"));
        for (Response answer : answers) {
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as("CSP of %s answer", answer.statusCode()).contains("frame-ancestors 'none'")
                    .contains("default-src 'none'").contains("script-src 'self'").contains("style-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("Permissions-Policy")).contains("camera=()");
        }
        assertThat(answers.get(3).contentType()).isEqualTo("application/pdf");
        assertThat(answers.get(9).statusCode()).isEqualTo(404);
        assertThat(answers.get(13).statusCode()).isEqualTo(302);
        assertThat(answers.get(14).statusCode()).isEqualTo(302);
    }

    @Test
    void swaggerUiAndTheOpenApiDocumentAreNotOnThePublicPort() {
        // They live on the management interface; the public port answers 404 under the strict policy.
        for (String path : List.of("/q/swagger-ui/", "/q/openapi")) {
            String policy = given().get(path).then().statusCode(404).extract().header("Content-Security-Policy");
            assertThat(policy).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        }
        given().get(com.procurementrisk.Management.url("/q/swagger-ui/")).then().statusCode(200);
    }

    @Test
    void assessmentsSharesExportsAndAccountsAreNeverStored() {
        String id = save("Not stored");
        String token = given().contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then()
                .statusCode(201).header("Cache-Control", "no-store").extract().path("token");
        for (String path : List.of("/assessments", "/assessments/" + id, "/assessments/" + id + "/report.pdf",
                "/shared/" + token, "/api/v1/assessments", "/api/v1/assessments/" + id,
                "/api/v1/assessments/" + id + "/export", "/api/v1/assessments/" + id + "/contributions.csv",
                "/api/v1/shared/" + token, "/admin/accounts", "/admin/audit", "/account/tokens", "/assess/1")) {
            given().accept(PAGE).get(path).then().statusCode(200).header("Cache-Control", "no-store");
        }
        assertThat(given().get("/css/app.css").header("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void textAndFormPostsToTheApiAreRefusedAndChangeNothing() {
        String id = save("Forged shares");
        given().contentType(ContentType.TEXT).body("{}").post("/api/v1/assessments/" + id + "/shares").then()
                .statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().contentType(ContentType.URLENC).formParam("expiresOn", "2099-01-01")
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(415);
        given().multiPart("expiresOn", "2099-01-01").post("/api/v1/assessments/" + id + "/shares").then()
                .statusCode(415);
        // A body-less post (what a no-cors fetch sends) names no type: refused too.
        given().noContentType().post("/api/v1/assessments/" + id + "/shares").then().statusCode(415);
        given().get("/api/v1/assessments/" + id + "/shares").then().statusCode(200).body("size()", equalTo(0));

        long saved = given().get("/api/v1/assessments?size=100").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.TEXT).body(AssessmentApiTest.request("Forged", Map.of()).toString())
                .post("/api/v1/assessments").then().statusCode(415);
        assertThat(given().get("/api/v1/assessments?size=100").jsonPath().getLong("total")).isEqualTo(saved);

        String token = given().contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then()
                .statusCode(201).extract().path("token");
        given().noContentType().delete("/api/v1/assessments/" + id + "/shares/" + token).then().statusCode(415);
        given().get("/shared/" + token).then().statusCode(200);
        given().contentType(ContentType.URLENC).post("/api/v1/models/2026.11.0/activation").then().statusCode(415);
        given().get("/api/v1/models").then().body("find { it.status == 'active' }.version", equalTo("2026.12.0"));
    }

    @Test
    void aBearerTokenMayCallWithoutABody() {
        String id = save("Bearer share");
        String bearer = tokens.create("admin", "browser security test");
        given().auth().oauth2(bearer).cookie(SignedInAsAdmin.COOKIE, "").noContentType()
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(201);
    }

    @Test
    void aTokenMadeUpElsewhereIsRefusedEvenWhenCookieAndFieldMatch() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        given().accept(PAGE).cookie("csrf-token", forged).formParam("csrf-token", forged).formParam("a", "")
                .redirects().follow(false).post("/assess/1").then().statusCode(400)
                .body(containsString("This form has expired"));
        given().accept(PAGE).cookie("csrf-token", forged).formParam("csrf-token", forged).redirects().follow(false)
                .post("/sign-out").then().statusCode(400);
        // Still signed in; the real token of a page works.
        Response page = given().accept(PAGE).get("/assessments");
        given().accept(PAGE).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", field(page.asString())).redirects().follow(false).post("/sign-out")
                .then().statusCode(303);
    }

    @Test
    void theCsrfCookieComesOnlyWithPagesAndIsSameSiteStrict() {
        String id = save("Cookie");
        for (String path : List.of("/api/v1/questionnaire", "/api/v1/assessments/" + id,
                "/assessments/" + id + "/report.pdf", "/css/app.css")) {
            assertThat(given().get(path).then().statusCode(200).extract().headers().getValues("Set-Cookie"))
                    .as(path).noneMatch(c -> c.startsWith("csrf-token="));
        }
        for (String path : List.of("/assess/1", "/sign-in", "/assessments/" + id)) {
            List<String> cookies = given().accept(PAGE).get(path).then().statusCode(200).extract().headers()
                    .getValues("Set-Cookie");
            assertThat(cookies).as(path).anyMatch(c -> c.startsWith("csrf-token=") && c.contains("SameSite=Strict")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        }
        // The same token across pages: a form in another tab stays valid.
        Response first = given().accept(PAGE).get("/assess/1");
        String token = field(first.asString());
        String again = field(given().accept(PAGE).cookie("csrf-token", first.cookie("csrf-token")).get("/assessments")
                .asString());
        assertThat(again).isEqualTo(token);
    }

    @Test
    void aSignInFormOnAnotherSiteCannotSignAnyoneIn() {
        given().header("Sec-Fetch-Site", "cross-site").formParam("j_username", "admin")
                .formParam("j_password", SignedInAsAdmin.PASSWORD).redirects().follow(false).post("/j_security_check")
                .then().statusCode(403);
        given().header("Sec-Fetch-Site", "same-origin").formParam("j_username", "admin")
                .formParam("j_password", SignedInAsAdmin.PASSWORD).redirects().follow(false).post("/j_security_check")
                .then().statusCode(302);
    }

    private static String save(String title) {
        return given().contentType(ContentType.JSON).body(AssessmentApiTest.request(title, ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static String field(String html) {
        return html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }
}
