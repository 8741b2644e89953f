package com.procurementrisk.access;

import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With advisor.access.anonymous-scoring=false the questionnaire and scoring need a signed-in user too. */
@QuarkusTest
@TestProfile(AnonymousScoringOffTest.Closed.class)
class AnonymousScoringOffTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.access.anonymous-scoring", "false");
        }
    }

    @Test
    void theQuestionnaireAndScoringAskForSignInAndWorkOnceSignedIn() {
        Map<String, Object> body = Map.of("answers", ScoringResourceTest.answers());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/score").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("Sign in to use the questionnaire and scoring"));
        given().get("/api/v1/questionnaire").then().statusCode(401);
        given().redirects().follow(false).accept("text/html").get("/assess/1").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
        given().redirects().follow(false).accept("text/html").get("/results?a=e30").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
        // The start page and the sign-in page stay open.
        given().accept("text/html").get("/").then().statusCode(200);
        given().accept("text/html").get("/sign-in").then().statusCode(200);

        CookieFilter admin = new CookieFilter();
        given().filter(admin).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", AccountsTestPasswords.FIRST_ADMIN).post("/j_security_check").then()
                .statusCode(302);
        given().filter(admin).contentType(ContentType.JSON).body(body).post("/api/v1/score").then().statusCode(200);
        given().filter(admin).accept("text/html").get("/assess/1").then().statusCode(200)
                .body(containsString("<form"));
        given().filter(admin).get("/api/v1/questionnaire").then().statusCode(200)
                .body("modelVersion", equalTo(given().filter(admin).get("/api/v1/scenarios").then().statusCode(200)
                        .extract().path("modelVersion")));
    }
}
