package com.procurementrisk.access;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Saved assessments belong to a workspace: members see them, editors change them, nobody else
 * learns that they exist; someone not signed in sees none (the questionnaire and unsaved scoring
 * stay open).
 */
@QuarkusTest
class WorkspaceAccessTest {

    @Inject
    Accounts accounts;

    @Test
    void membersSeeTheirWorkspaceEditorsChangeItAndOthersGet404() {
        accounts.createIfAbsent("erin", "erin-password-1", "Acme", Role.EDITOR);
        accounts.createIfAbsent("vic", "vic-password-12", "Acme", Role.VIEWER);
        accounts.createIfAbsent("olga", "olga-password-1", "Globex", Role.EDITOR);
        CookieFilter erin = signIn("erin", "erin-password-1");
        CookieFilter vic = signIn("vic", "vic-password-12");
        CookieFilter olga = signIn("olga", "olga-password-1");

        String id = given().filter(erin).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Acme plan", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");

        // A viewer of the workspace reads it but cannot change it.
        given().filter(vic).get("/api/v1/assessments/" + id).then().statusCode(200).body("title", equalTo("Acme plan"));
        given().filter(vic).get("/api/v1/assessments?size=100").then().statusCode(200).body("items.id", hasItem(id));
        Map<String, Object> change = AssessmentApiTest.request("Acme plan", ScoringResourceTest.answers());
        change.put("version", 0);
        given().filter(vic).contentType(ContentType.JSON).body(change).put("/api/v1/assessments/" + id).then()
                .statusCode(403);
        given().filter(vic).contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(403);
        given().filter(vic).get("/api/v1/assessments/" + id + "/shares").then().statusCode(403);
        // Someone who may save nowhere is told so, whatever workspace they name.
        for (String named : new String[] {"Acme", "Nowhere"}) {
            Map<String, Object> attempt = AssessmentApiTest.request("Vic's", ScoringResourceTest.answers());
            attempt.put("workspace", named);
            given().filter(vic).contentType(ContentType.JSON).body(attempt).post("/api/v1/assessments").then()
                    .statusCode(403);
        }
        // Its page reads fine, without the controls a viewer may not use.
        given().filter(vic).accept("text/html").get("/assessments/" + id).then().statusCode(200)
                .body(containsString("lets you read this assessment"), not(containsString("Create a read-only link")),
                        not(containsString("Delete this assessment")), containsString("PDF report"));

        // Another workspace does not learn that it exists.
        given().filter(olga).get("/api/v1/assessments/" + id).then().statusCode(404);
        given().filter(olga).get("/api/v1/assessments?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().filter(olga).get("/api/v1/compare?left=" + id + "&right=" + id).then().statusCode(404);
        given().filter(olga).get("/api/v1/assessments/" + id + "/export").then().statusCode(404);
        given().filter(olga).accept("text/html").get("/assessments/" + id).then().statusCode(404);
        given().filter(olga).accept("text/html").get("/assessments?q=Acme").then().statusCode(200)
                .body(not(containsString("Acme plan")));

        // The editor changes it.
        given().filter(erin).contentType(ContentType.JSON).body(change).put("/api/v1/assessments/" + id).then()
                .statusCode(200);
    }

    @Test
    void someoneNotSignedInSeesNoSavedAssessmentButStillScoresAndReadsSharedLinks() {
        CookieFilter admin = signIn("admin", AccountsTestPasswords.FIRST_ADMIN);
        String id = given().filter(admin).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Shared plan", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        String token = given().filter(admin).contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(201)
                .extract().path("token");

        given().get("/api/v1/assessments").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/assessments/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(AssessmentApiTest.request("Mine", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(401);
        given().redirects().follow(false).accept("text/html").get("/assessments").then().statusCode(303)
                .header("Location", containsString("/sign-in"));

        // Open without an account: the questionnaire, unsaved scoring and a shared link.
        given().contentType(ContentType.JSON).body(Map.of("answers", ScoringResourceTest.answers()))
                .post("/api/v1/score").then().statusCode(200);
        given().accept("text/html").get("/assess/1").then().statusCode(200);
        given().get("/api/v1/shared/" + token).then().statusCode(200).body("title", equalTo("Shared plan"))
                .body("$", not(org.hamcrest.Matchers.hasKey("id")));
    }

    @Test
    void someoneInSeveralWorkspacesChoosesWhereANewAssessmentGoes() throws Exception {
        accounts.createIfAbsent("wanda", "wanda-password-1", "Initech", Role.EDITOR);
        member("wanda", "Umbrella", Role.EDITOR);
        member("wanda", "Hooli", Role.VIEWER);
        CookieFilter wanda = signIn("wanda", "wanda-password-1");

        Map<String, Object> request = AssessmentApiTest.request("Umbrella plan", ScoringResourceTest.answers());
        request.put("workspace", "umbrella");
        given().filter(wanda).contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                .statusCode(201).body("workspace", equalTo("Umbrella"));
        // Without a choice: the first by name.
        request.remove("workspace");
        given().filter(wanda).contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                .statusCode(201).body("workspace", equalTo("Initech"));
        // A viewer's workspace: 403; one she is not in (existing or not): 400, naming where she can save.
        request.put("workspace", "Hooli");
        given().filter(wanda).contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                .statusCode(403);
        for (String elsewhere : new String[] {"Globex", "Nowhere"}) {
            request.put("workspace", elsewhere);
            given().filter(wanda).contentType(ContentType.JSON).body(request).post("/api/v1/assessments").then()
                    .statusCode(400).body("errors[0].field", equalTo("workspace"))
                    .body("errors[0].message", containsString("Initech, Umbrella"));
        }

        // The results page offers the choice; the saved page says where it went.
        String results = given().filter(wanda).accept("text/html").get("/results?" + resultsQuery()).then()
                .statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(results).contains("<select id=\"save-workspace\" name=\"workspace\">")
                .contains("<option value=\"Umbrella\">").doesNotContain("<option value=\"Hooli\">");
    }

    /**
     * Set-up: gives the account a role in the workspace (made when new), as an instance
     * administrator would on the accounts page (AccountAdministration acts for a signed-in caller only).
     */
    private static void member(String username, String workspace, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            AccountEntity account = AccountEntity.named(username).orElseThrow();
            MembershipEntity.Key key = new MembershipEntity.Key(account.id, WorkspaceEntity.namedOrNew(workspace).id);
            MembershipEntity m = MembershipEntity.<MembershipEntity>findByIdOptional(key).orElseGet(() -> {
                MembershipEntity created = new MembershipEntity();
                created.key = key;
                return created;
            });
            m.role = role.id();
            m.persist();
        });
    }

    /** The results page's address for the test answers (they travel in the address). */
    private static String resultsQuery() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScoringResourceTest.answers());
        return "a=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static CookieFilter signIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302)
                .header("Location", not(containsString("failed")));
        return cookies;
    }
}
