package com.procurementrisk.access;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 20, point 6: an administrator of one workspace administers that workspace only (its
 * members, roles there and its audit entries); an instance administrator administers every
 * account, the model versions and the whole audit log.
 */
@QuarkusTest
class WorkspaceAdministrationTest {

    @Inject
    Accounts accounts;

    @Test
    void aWorkspaceAdministratorAdministersTheirWorkspaceOnly() {
        accounts.createIfAbsent("wa-acme-admin", "wa-acme-admin-pw", "WaAcme", Role.ADMIN);
        accounts.createIfAbsent("wa-acme-viewer", "wa-acme-viewer-pw", "WaAcme", Role.VIEWER);
        accounts.createIfAbsent("wa-beta-editor", "wa-beta-editor-pw", "WaBeta", Role.EDITOR);
        accounts.createIfAbsent("wa-both", "wa-both-password", "WaAcme", Role.VIEWER);
        member("wa-both", "WaBeta", Role.ADMIN);
        String acmeSave = save(signIn("wa-acme-admin", "wa-acme-admin-pw"), "WaAcme plan");
        String betaSave = save(signIn("wa-beta-editor", "wa-beta-editor-pw"), "WaBeta plan");

        CookieFilter acme = signIn("wa-acme-admin", "wa-acme-admin-pw");
        // The page lists the workspace's members (with their roles there only), not the others.
        given().filter(acme).accept("text/html").get("/admin/accounts").then().statusCode(200)
                .body(containsString("wa-acme-viewer"), containsString("wa-both"),
                        not(containsString("wa-beta-editor")), not(containsString("admin in WaBeta")),
                        not(containsString("/admin/models")));
        // No role in another workspace, for itself or anyone; no reset of another workspace's account.
        form(acme).formParam("workspace", "WaBeta").formParam("role", "admin")
                .post("/admin/accounts/wa-acme-admin/role").then().statusCode(403);
        form(acme).formParam("workspace", "WaBeta").formParam("role", "viewer")
                .post("/admin/accounts/wa-acme-viewer/role").then().statusCode(403);
        form(acme).formParam("workspace", "WaNew").formParam("role", "viewer")
                .post("/admin/accounts/wa-acme-viewer/role").then().statusCode(403);
        form(acme).formParam("password", "taken-over-password")
                .post("/admin/accounts/wa-beta-editor/password").then().statusCode(400)
                .body(containsString("No such account."));
        assertThat(accounts.signIn("wa-beta-editor", "wa-beta-editor-pw")).isPresent();
        // An account that also administers elsewhere is not theirs to take over.
        form(acme).formParam("password", "taken-over-password").post("/admin/accounts/wa-both/password").then()
                .statusCode(400).body(containsString("only an instance administrator"));
        form(acme).formParam("disabled", "true").post("/admin/accounts/wa-both/disabled").then().statusCode(400);
        assertThat(accounts.signIn("wa-both", "wa-both-password")).isPresent();
        // Their own workspace: roles, resets and new accounts.
        form(acme).formParam("workspace", "waacme").formParam("role", "editor")
                .post("/admin/accounts/wa-acme-viewer/role").then().statusCode(303);
        assertThat(accounts.signIn("wa-acme-viewer", "wa-acme-viewer-pw")).get()
                .satisfies(a -> assertThat(a.workspaces()).isEqualTo(Map.of("WaAcme", Role.EDITOR)));
        form(acme).formParam("password", "wa-acme-viewer-pw2").post("/admin/accounts/wa-acme-viewer/password")
                .then().statusCode(303);
        assertThat(accounts.signIn("wa-acme-viewer", "wa-acme-viewer-pw2")).isPresent();

        // The audit log: their workspace's entries, not the other's nor the instance's.
        String acmeLog = given().filter(acme).get("/admin/audit.jsonl").then().statusCode(200).extract().asString();
        assertThat(acmeLog).contains(acmeSave, "wa-acme-viewer").doesNotContain(betaSave, "wa-beta-editor",
                "\"action\":\"sign-in\"");
        given().filter(acme).accept("text/html").get("/admin/audit?object=" + betaSave).then().statusCode(200)
                .body(not(containsString("WaBeta plan")));
        // Model versions are the instance administrator's.
        given().filter(acme).get("/api/v1/models").then().statusCode(403);
        given().filter(acme).accept("text/html").get("/admin/models").then().statusCode(403);

        // The first-start administrator administers the instance: every account, the whole log.
        CookieFilter instance = signIn("admin", AccountsTestPasswords.FIRST_ADMIN);
        given().filter(instance).accept("text/html").get("/admin/accounts").then().statusCode(200)
                .body(containsString("wa-beta-editor"), containsString("admin in WaBeta"));
        assertThat(given().filter(instance).get("/admin/audit.jsonl").then().statusCode(200).extract().asString())
                .contains(acmeSave, betaSave, "\"action\":\"sign-in\"");
        given().filter(instance).get("/api/v1/models").then().statusCode(200);
        // It can hand the instance over: the Acme admin becomes one, and then sees everything.
        form(instance).formParam("instanceAdmin", "true").post("/admin/accounts/wa-acme-admin/instance-admin")
                .then().statusCode(303);
        form(acme).formParam("password", "wa-beta-editor-pw2").post("/admin/accounts/wa-beta-editor/password")
                .then().statusCode(303);
        assertThat(accounts.signIn("wa-beta-editor", "wa-beta-editor-pw2")).isPresent();
        form(instance).formParam("instanceAdmin", "false").post("/admin/accounts/wa-acme-admin/instance-admin")
                .then().statusCode(303);
        given().filter(acme).get("/api/v1/models").then().statusCode(403);
    }

    private static String save(CookieFilter user, String title) {
        return given().filter(user).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request(title, ScoringResourceTest.answers())).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    /** A form post with the CSRF token of the caller's latest page. */
    private static RequestSpecification form(CookieFilter user) {
        String page = given().filter(user).accept("text/html").get("/assess/1").then().statusCode(200).extract()
                .asString();
        String csrf = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return given().filter(user).redirects().follow(false).accept("text/html").contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf);
    }

    private static CookieFilter signIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302)
                .header("Location", not(containsString("failed")));
        return cookies;
    }

    /** Set-up: a second membership, written directly (as an instance administrator would give it). */
    private static void member(String username, String workspace, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            AccountEntity account = AccountEntity.named(username).orElseThrow();
            MembershipEntity.Key key = new MembershipEntity.Key(account.id, WorkspaceEntity.namedOrNew(workspace).id);
            if (MembershipEntity.findByIdOptional(key).isEmpty()) {
                MembershipEntity m = new MembershipEntity();
                m.key = key;
                m.role = role.id();
                m.persist();
            }
        });
    }
}
