package com.procurementrisk.access;

import com.procurementrisk.KeycloakServer;
import com.procurementrisk.SingleSignOnProfile;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The API with single sign-on at a real Keycloak: access tokens of the realm's users carry their
 * role (realm roles) and workspaces (groups), and the app enforces both; built-in passwords and
 * personal tokens are refused.
 */
@QuarkusTest
@TestProfile(SingleSignOnProfile.class)
@EnabledIf("com.procurementrisk.KeycloakServer#available")
class SingleSignOnApiTest {

    private static String token(String user) {
        return KeycloakServer.accessToken(user);
    }

    private static String save(String user, String title) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request(title, ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> change() {
        Map<String, Object> change = AssessmentApiTest.request("Changed", ScoringResourceTest.answers());
        change.put("version", 0);
        return change;
    }

    @Test
    void rolesAndWorkspacesComeFromTheProvidersClaims() {
        // alice: editor, workspace acme.
        String acme = save("alice", "Acme through single sign-on");
        given().auth().oauth2(token("alice")).get("/api/v1/assessments/" + acme).then().statusCode(200)
                .body("title", equalTo("Acme through single sign-on"));

        // bob: viewer in acme — reads, cannot change or share.
        String bob = token("bob");
        given().auth().oauth2(bob).get("/api/v1/assessments?size=100").then().statusCode(200)
                .body("items.id", hasItem(acme));
        given().auth().oauth2(bob).post("/api/v1/assessments/" + acme + "/shares").then().statusCode(403);
        given().auth().oauth2(bob).contentType(ContentType.JSON).body(change()).put("/api/v1/assessments/" + acme)
                .then().statusCode(403);
        given().auth().oauth2(bob).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Bob's", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(403);

        // dave: editor in globex — acme's assessment does not exist for him.
        String dave = token("dave");
        given().auth().oauth2(dave).get("/api/v1/assessments/" + acme).then().statusCode(404);
        given().auth().oauth2(dave).get("/api/v1/assessments?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(acme)));
        String globex = save("dave", "Globex plan");

        // erin: editor, but /workspaces/globex/viewer makes her a viewer in globex alone.
        String erin = token("erin");
        given().auth().oauth2(erin).get("/api/v1/assessments/" + globex).then().statusCode(200);
        given().auth().oauth2(erin).contentType(ContentType.JSON).body(change()).put("/api/v1/assessments/" + globex)
                .then().statusCode(403);
        given().auth().oauth2(token("alice")).contentType(ContentType.JSON).body(change())
                .put("/api/v1/assessments/" + acme).then().statusCode(200);
        given().auth().oauth2(erin).get("/api/v1/assessments/" + acme).then().statusCode(200);

        // frank: in acme's group but with no role of the app — nothing.
        given().auth().oauth2(token("frank")).get("/api/v1/assessments/" + acme).then().statusCode(404);

        // carol: admin — reads the audit log, which names who saved what.
        given().auth().oauth2(token("carol")).accept("application/jsonl").get("/admin/audit.jsonl?action=assessment")
                .then().statusCode(200).body(containsString("\"actor\":\"alice\""), containsString(acme));
        given().auth().oauth2(token("alice")).get("/admin/audit.jsonl").then().statusCode(403);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        given().get("/api/v1/assessments").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/v1/assessments").then().statusCode(401);
        // A token whose signature does not match (the payload altered) is refused too.
        String[] parts = token("alice").split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/assessments").then().statusCode(401);
        // Unsaved scoring stays open.
        given().contentType(ContentType.JSON).body(Map.of("answers", ScoringResourceTest.answers()))
                .post("/api/v1/score").then().statusCode(200);
    }

    @Test
    void builtInPasswordsAndPersonalTokensAreOff() {
        given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", "anything")
                .post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("failed=true"));
        given().auth().oauth2("pra_0123456789abcdef0123456789abcdef").get("/api/v1/assessments").then()
                .statusCode(401);
        given().auth().oauth2(token("carol")).accept("application/jsonl")
                .get("/admin/audit.jsonl?action=sign-in.failed").then().statusCode(200)
                .body(containsString("single sign-on"));
    }
}
