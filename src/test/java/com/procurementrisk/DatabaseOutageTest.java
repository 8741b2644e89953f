package com.procurementrisk;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The database goes away and comes back while the application runs (a private PostgreSQL that
 * the test stops and starts): saves and reads answer 503 with Retry-After quickly, in the API and
 * in the pages (which lead back to the user's answers), readiness is DOWN, scoring and the
 * questionnaire keep working; afterwards everything works again, without a restart, with nothing
 * lost and nothing half-saved. Runs in the PostgreSQL build (surefire execution postgres-outage).
 */
@QuarkusTest
@QuarkusTestResource(value = PrivatePostgres.class, restrictToAnnotatedClass = true)
@EnabledIf("com.procurementrisk.PrivatePostgres#enabled")
class DatabaseOutageTest {

    @Test
    void anOutageIsA503WithRetryAfterAndEverythingComesBackWithoutARestart() throws Exception {
        CookieFilter admin = new CookieFilter();
        given().filter(admin).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", SignedInAsAdmin.PASSWORD).post("/j_security_check").then().statusCode(302);
        String id = save(admin, "Before the outage").then().statusCode(201).extract().path("id");
        String resultsPath = "/results?" + resultsQuery();
        Response resultsPage = given().filter(admin).accept("text/html").get(resultsPath);
        resultsPage.then().statusCode(200);
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"")
                .matcher(resultsPage.asString());
        assertThat(field.find()).isTrue();
        String csrf = field.group(1);

        PrivatePostgres.stopServer();
        try {
            // The API: saves and reads are 503 problems with Retry-After, answered within seconds.
            long start = System.nanoTime();
            assertUnavailable(save(admin, "During the outage"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            assertUnavailable(given().filter(admin).get("/api/v1/assessments/" + id));
            assertUnavailable(given().filter(admin).get("/api/v1/assessments"));
            // The page: the save form of the results page answers a page that says so and leads back
            // to the results, whose address holds every answer.
            given().filter(admin).accept("text/html").header("Referer", "http://localhost" + resultsPath)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                    .formParam("a", resultsQuery().substring(2)).formParam("title", "Typed during the outage")
                    .redirects().follow(false).post("/assessments")
                    .then().statusCode(503).header("Retry-After", not(equalTo(null)))
                    .contentType(containsString("text/html"))
                    .body(containsString("out of reach"), containsString("Nothing was saved"),
                            containsString("href=\"" + resultsPath.replace("&", "&amp;") + "\""));
            given().filter(admin).accept("text/html").get("/assessments/" + id).then().statusCode(503)
                    .body(containsString("try again"));
            // Readiness says so; scoring and the questionnaire carry on.
            given().get(Management.url("/q/health/ready")).then().statusCode(503).body("status", equalTo("DOWN"));
            given().contentType(ContentType.JSON).body(Map.of("answers", ScoringResourceTest.answers()))
                    .post("/api/v1/score").then().statusCode(200);
            given().accept("text/html").get("/assess/1").then().statusCode(200);
            given().accept("text/html").get(resultsPath).then().statusCode(200);
        } finally {
            PrivatePostgres.startAgain();
        }

        // Back without a restart: ready, the old assessment intact, the failed saves absent, new saves work.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get(Management.url("/q/health/ready")).then().statusCode(200));
        given().filter(admin).get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("title", equalTo("Before the outage")).body("revision", equalTo(1));
        List<String> titles = given().filter(admin).get("/api/v1/assessments?size=100").then().statusCode(200)
                .extract().path("items.title");
        assertThat(titles).containsExactly("Before the outage");
        save(admin, "After the outage").then().statusCode(201);
    }

    private static void assertUnavailable(Response response) {
        response.then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503))
                .body("type", equalTo("/problems/database-unavailable"));
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    private static Response save(CookieFilter user, String title) {
        return given().filter(user).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request(title, ScoringResourceTest.answers())).post("/api/v1/assessments");
    }

    private static String resultsQuery() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScoringResourceTest.answers());
        return "a=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
