package com.procurementrisk.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.access.AccountsTestPasswords;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** What the audit log records, and who may read it. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog log;

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
    void everyChangeToAnAssessmentAndItsLinksIsRecordedWithoutTheToken() {
        String id = given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Audited", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Map<String, Object> change = AssessmentApiTest.request("Audited", ScoringResourceTest.answers());
        change.put("version", 0);
        change.put("note", "tighter terms");
        given().contentType(ContentType.JSON).body(change).put("/api/v1/assessments/" + id).then().statusCode(200);
        String token = given().contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(201)
                .extract().path("token");
        given().contentType(ContentType.JSON).delete("/api/v1/assessments/" + id + "/shares/" + token).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/v1/assessments/" + id + "/rescore").then().statusCode(200);

        List<AuditEntry> entries = log.search(new AuditFilter(null, null, id, null, null), 50);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("assessment.rescored", "share.revoked",
                "share.created", "assessment.revised", "assessment.saved");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.address()).isNotBlank();
            assertThat(String.valueOf(e.detail())).doesNotContain(token);
        });
        assertThat(entries.get(3).detail()).isEqualTo("tighter terms");

        given().accept("text/html").get("/assessments/" + id + "/delete").then().statusCode(200);
        given().contentType(ContentType.JSON).delete("/api/v1/assessments/" + id + "/shares/" + token).then().statusCode(204);
        assertThat(log.search(new AuditFilter("share.", null, id, null, null), 50)).hasSize(2);
    }

    @Test
    void signInsAndFailedSignInsAreRecordedAndOnlyAnAdministratorReadsTheLog() throws Exception {
        given().redirects().follow(false).formParam("j_username", "mallory").formParam("j_password", "guess")
                .post("/j_security_check").then().statusCode(302);
        assertThat(log.search(new AuditFilter("sign-in.failed", "mallory", null, null, null), 5)).hasSize(1);

        // Not signed in: the page asks for a sign-in.
        given().redirects().follow(false).accept("text/html").get("/admin/audit").then().statusCode(302)
                .header("Location", containsString("/sign-in"));

        CookieFilter admin = new CookieFilter();
        given().filter(admin).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", AccountsTestPasswords.FIRST_ADMIN).post("/j_security_check")
                .then().statusCode(302);
        assertThat(log.search(new AuditFilter("sign-in", "admin", null, null, null), 5))
                .extracting(AuditEntry::action).contains("sign-in");

        given().filter(admin).accept("text/html").get("/admin/audit?action=sign-in.failed").then().statusCode(200)
                .body(containsString("mallory")).body(not(containsString("assessment.saved")));
        given().filter(admin).accept("text/html").get("/admin/audit?from=yesterday").then().statusCode(400)
                .body(containsString("2026-11-24"));
        String lines = given().filter(admin).get("/admin/audit.jsonl?action=sign-in").then().statusCode(200)
                .contentType(containsString("application/jsonl")).extract().asString();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines.strip().split("\n")) {
            assertThat(json.readTree(line).get("action").asText()).startsWith("sign-in");
        }
    }
}
