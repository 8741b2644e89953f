package com.procurementrisk.access;

import com.procurementrisk.audit.AuditFilter;
import com.procurementrisk.audit.AuditLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Personal API tokens: shown once, kept only as a hash, act as their account, stop when revoked. */
@QuarkusTest
class ApiTokensTest {

    @Inject
    AuditLog audit;

    @Test
    void aTokenShownOnceActsAsItsAccountUntilItIsRevoked() {
        CookieFilter admin = new CookieFilter();
        given().filter(admin).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", AccountsTestPasswords.FIRST_ADMIN).post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("failed")));
        String page = given().filter(admin).accept("text/html").get("/account/tokens").then().statusCode(200)
                .extract().asString();
        String csrf = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        String answer = given().filter(admin).accept("text/html").formParam("csrf-token", csrf)
                .formParam("name", "nightly export").post("/account/tokens").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().asString();
        String token = answer.replaceAll("(?s).*id=\"fresh-token\" class=\"share-url\" readonly value=\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);

        // Shown once: the list names the token but never shows it again.
        given().filter(admin).accept("text/html").get("/account/tokens").then().statusCode(200)
                .body(containsString("nightly export")).body(not(containsString(token)));
        assertThat(audit.search(new AuditFilter("token.created", "admin", null, null, null), 5)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain(token));

        // The token is the administrator: it reads the audit log export, which a stranger cannot.
        given().header("Authorization", "Bearer " + token).get("/admin/audit.jsonl").then().statusCode(200);
        given().header("Authorization", "Bearer pra_not-a-real-token").get("/admin/audit.jsonl").then()
                .statusCode(401);

        String list = given().filter(admin).accept("text/html").get("/account/tokens").then().extract().asString();
        String id = list.replaceAll("(?s).*action=\"/account/tokens/([0-9a-f-]{36})/revoke\".*", "$1");
        String csrf2 = list.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf2)
                .post("/account/tokens/" + id + "/revoke").then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/admin/audit.jsonl").then().statusCode(401);
    }
}
