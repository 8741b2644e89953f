package com.procurementrisk.problem;

import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile requests, as the attackers of issue 12 sent them: each is answered 4xx
 * with a problem (or the error page in a browser), never 500, nothing of the request reaches
 * the log, and no Location or link is made from the Host header.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class HostileInputTest {

    private static final String SECRET = "BODYSECRET7f3a";
    private static final String PROBLEM = "application/problem+json";

    static String saved() {
        return given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Hostile input", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    static String share(String id) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/v1/assessments/" + id + "/shares")
                .then().statusCode(201).extract().path("token");
    }

    @Test
    void brokenPercentEncodingInAnyFormIsA400AndTheBodyIsNotLogged() {
        String id = saved();
        List<String> forms = List.of("/assess/1", "/assess/3", "/assessments", "/assessments/" + id + "/revisions",
                "/assessments/" + id + "/shares", "/assessments/" + id + "/delete", "/assessments/" + id + "/rescore",
                "/assessments/rescore-outdated", "/account/tokens", "/admin/accounts", "/sign-out");
        try (CapturedLog log = CapturedLog.open()) {
            for (String form : forms) {
                for (String accept : List.of("*/*", "text/html")) {
                    Response r = given().redirects().follow(false).cookie("csrf-token", "abc").accept(accept)
                            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                            .body("csrf-token=abc&title=%E0%zz" + SECRET + "&note=%").post(form);
                    assertThat(r.statusCode()).as(form + " " + accept).isEqualTo(400);
                    assertThat(r.contentType()).as(form).startsWith(accept.equals("text/html") ? "text/html"
                            : PROBLEM);
                    assertThat(r.asString()).doesNotContain(SECRET);
                }
            }
            // Signing in (the framework's form) refuses it too, without a server error.
            int status = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .body("j_username=admin&j_password=%zz" + SECRET).post("/j_security_check").statusCode();
            assertThat(status).isBetween(300, 499);
            assertThat(log.text()).doesNotContain(SECRET);
        }
    }

    @Test
    void aContentTypeOrAcceptThatIsNotAMediaTypeIsA4xxProblemAndNoShareTokenIsLogged() {
        String id = saved();
        String token = share(id);
        List<String> malformed = List.of("a/b/c", "/", "text/", ";;", "application/json; charset", "text/html;q=x",
                "*/*;q=2", "\u00e9/\u00e9");
        List<String> gets = List.of("/", "/sign-in", "/assessments", "/assessments/" + id,
                "/assessments/" + id + "/report.pdf", "/shared/" + token, "/shared/" + token + "/report.pdf",
                "/api/v1/questionnaire", "/api/v1/scenarios", "/api/v1/assessments/" + id,
                "/api/v1/shared/" + token, "/api/v1/assessments/" + id + "/contributions.csv");
        List<String> posts = List.of("/api/v1/score", "/api/v1/assessments", "/api/v1/assessments/imports",
                "/assess/1", "/assessments");
        try (CapturedLog log = CapturedLog.open()) {
            java.util.logging.Logger.getLogger("test").warning("capture-check");
            int cases = 0;
            for (String value : malformed) {
                for (String path : gets) {
                    check(given().header("Accept", value).get(path), "Accept " + value + " " + path);
                    cases++;
                }
                for (String path : posts) {
                    check(given().header("Content-Type", value).body(("{\"x\":\"" + SECRET + "\"}").getBytes(UTF_8))
                            .post(path),
                            "Content-Type " + value + " " + path);
                    check(given().contentType(ContentType.JSON).header("Accept", value)
                            .body("{\"x\":\"" + SECRET + "\"}").post(path), "Accept " + value + " " + path);
                    cases += 2;
                }
            }
            assertThat(cases).isGreaterThan(100);
            assertThat(log.text()).contains("capture-check").doesNotContain(token).doesNotContain(SECRET);
        }
    }

    private static void check(Response r, String what) {
        assertThat(r.statusCode()).as(what).isBetween(200, 499);
        if (r.statusCode() >= 400) {
            assertThat(r.contentType()).as(what).matches(t -> t.startsWith(PROBLEM) || t.startsWith("text/html"),
                    "problem+json or the error page");
            if (what.contains("/api/")) {
                assertThat(r.contentType()).as(what).startsWith(PROBLEM);
            }
        }
    }

    @Test
    void anOverlongAddressIsA414ProblemAndOverlargeHeadersA431() {
        given().get("/assessments/" + "a".repeat(5000)).then().statusCode(414).contentType(PROBLEM);
        given().get("/api/v1/questionnaire?q=" + "a".repeat(5000)).then().statusCode(414).contentType(PROBLEM);
        given().header("X-Padding", "a".repeat(30_000)).get("/api/v1/questionnaire").then().statusCode(431)
                .contentType(PROBLEM);
        // Still served within the limits.
        given().get("/api/v1/questionnaire?q=" + "a".repeat(3000)).then().statusCode(200);
    }

    @Test
    void noLocationOrLinkIsMadeFromAForgedHostHeader() {
        String evil = "evil.example";
        // Sign-in redirects of the framework (form authentication).
        assertRelative(given().header("Host", evil).accept("text/html").redirects().follow(false)
                .cookie(SignedInAsAdmin.COOKIE, "none").get("/assessments"));
        assertRelative(given().header("Host", evil).redirects().follow(false).contentType(
                "application/x-www-form-urlencoded").formParam("j_username", "admin")
                .formParam("j_password", SignedInAsAdmin.PASSWORD).post("/j_security_check"));
        // The API's created resources.
        Response created = given().header("Host", evil).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Hosted", ScoringResourceTest.answers())).post("/api/v1/assessments");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/assessments/");
        String id = created.path("id");
        Response shared = given().header("Host", evil).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/assessments/" + id + "/shares");
        assertThat(shared.header("Location")).startsWith("/shared/").doesNotContain(evil);
        // Redirects of the pages, and the share link shown to copy.
        String page = given().header("Host", evil).accept("text/html").get("/assessments/" + id).asString();
        assertThat(page).contains("value=\"/shared/").doesNotContain(evil);
        assertRelative(given().header("Host", evil).accept("text/html").redirects().follow(false)
                .get("/assess/go?step=2&a="));
        // The OpenAPI document names no server from the request.
        assertThat(given().header("Host", evil).get("/q/openapi?format=json").asString()).doesNotContain(evil);
    }

    private static void assertRelative(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isBetween(300, 399);
        assertThat(r.header("Location")).startsWith("/").doesNotContain("evil.example");
    }
}
