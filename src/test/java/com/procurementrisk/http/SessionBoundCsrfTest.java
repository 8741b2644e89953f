package com.procurementrisk.http;

import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * CSRF tokens are bound to the session (issue 20, point 4): a token fetched anonymously, or for
 * another session, does not pass for a signed-in browser even when its cookie and field match
 * (what a page on another port of the same host can plant); and a state-changing request that a
 * browser says another site started, or whose Origin is another origin, is refused outright.
 * (SessionBoundCsrfBrowserTest plays the whole attack in Chromium.)
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class SessionBoundCsrfTest {

    static final String PAGE = "text/html";

    @Test
    void aTokenFetchedAnonymouslyOrForAnotherSessionCannotDeleteAnything() {
        String id = save("Bound");
        Response anonymous = given().cookie(SignedInAsAdmin.COOKIE, "").accept(PAGE).get("/assess/1");
        String planted = anonymous.cookie("csrf-token");
        delete(id, planted, field(anonymous.asString())).then().statusCode(400)
                .body(containsString("This form has expired"));

        String otherSession = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", SignedInAsAdmin.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie(SignedInAsAdmin.COOKIE);
        Response other = given().cookie(SignedInAsAdmin.COOKIE, otherSession).accept(PAGE).get("/assess/1");
        delete(id, other.cookie("csrf-token"), field(other.asString())).then().statusCode(400);
        given().get("/api/v1/assessments/" + id).then().statusCode(200);

        // The session's own token works.
        Response own = given().accept(PAGE).get("/assessments/" + id + "/delete");
        delete(id, own.cookie("csrf-token"), field(own.asString())).then().statusCode(303);
        given().get("/api/v1/assessments/" + id).then().statusCode(404);
    }

    @Test
    void aFormThatAnotherOriginPostsIsRefusedBeforeItsTokenIsLookedAt() {
        String id = save("Origin");
        Response own = given().accept(PAGE).get("/assessments/" + id + "/delete");
        String cookie = own.cookie("csrf-token");
        String token = field(own.asString());
        for (String origin : new String[]{"http://localhost:1", "http://127.0.0.1:1", "null"}) {
            given().header("Origin", origin).cookie("csrf-token", cookie).formParam("csrf-token", token)
                    .redirects().follow(false).post("/assessments/" + id + "/delete").then().statusCode(403);
        }
        given().header("Sec-Fetch-Site", "same-site").cookie("csrf-token", cookie).formParam("csrf-token", token)
                .redirects().follow(false).post("/assessments/" + id + "/delete").then().statusCode(403);
        given().get("/api/v1/assessments/" + id).then().statusCode(200);
        // The application's own origin, as a browser sends it, passes.
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        given().header("Origin", self).header("Sec-Fetch-Site", "same-origin").cookie("csrf-token", cookie)
                .formParam("csrf-token", token).redirects().follow(false).post("/assessments/" + id + "/delete")
                .then().statusCode(303);
    }

    private static Response delete(String id, String cookie, String token) {
        return given().accept(PAGE).cookie("csrf-token", cookie).formParam("csrf-token", token).redirects()
                .follow(false).post("/assessments/" + id + "/delete");
    }

    private static String save(String title) {
        return given().contentType(ContentType.JSON).body(AssessmentApiTest.request(title, ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static String field(String html) {
        return html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }
}
