package com.procurementrisk.access;

import com.procurementrisk.audit.AuditFilter;
import com.procurementrisk.audit.AuditLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** An administrator manages built-in accounts on a page; every change is audited and nothing half-done is kept. */
@QuarkusTest
class AccountAdministrationTest {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Test
    void anAdministratorAddsAnAccountResetsItsPasswordGivesItARoleAndDisablesIt() {
        CookieFilter admin = signIn("admin", AccountsTestPasswords.FIRST_ADMIN);
        post(admin, "/admin/accounts", Map.of("username", "Nina", "password", "nina-password-1",
                "workspace", "Acme", "role", "editor")).then().statusCode(303);
        assertThat(accounts.signIn("nina", "nina-password-1")).get()
                .satisfies(n -> assertThat(n.workspaces()).containsEntry("Acme", Role.EDITOR));

        post(admin, "/admin/accounts/nina/password", Map.of("password", "nina-password-2")).then().statusCode(303);
        assertThat(accounts.signIn("nina", "nina-password-1")).isEmpty();
        post(admin, "/admin/accounts/nina/role", Map.of("workspace", "Globex", "role", "viewer")).then().statusCode(303);
        post(admin, "/admin/accounts/nina/role", Map.of("workspace", "Acme", "role", "none")).then().statusCode(303);
        assertThat(accounts.signIn("nina", "nina-password-2")).get()
                .satisfies(n -> assertThat(n.workspaces()).isEqualTo(Map.of("Globex", Role.VIEWER)));

        post(admin, "/admin/accounts/nina/disabled", Map.of("disabled", "true")).then().statusCode(303);
        assertThat(accounts.signIn("nina", "nina-password-2")).isEmpty();

        assertThat(audit.search(new AuditFilter("account.", "admin", "nina", null, null), 10))
                .extracting(e -> e.action()).containsExactly("account.disabled", "account.role-changed",
                        "account.role-changed", "account.password-reset", "account.created");
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() {
        CookieFilter admin = signIn("admin", AccountsTestPasswords.FIRST_ADMIN);
        post(admin, "/admin/accounts", Map.of("username", "x", "password", "short", "workspace", "Acme",
                "role", "owner")).then().statusCode(400)
                .body(containsString("Nothing was changed")).body(containsString("At least 12 characters"))
                .body(containsString("One of viewer, editor, admin"));
        assertThat(accounts.signIn("x", "short")).isEmpty();
        // The last enabled administrator stays one.
        post(admin, "/admin/accounts/admin/disabled", Map.of("disabled", "true")).then().statusCode(400)
                .body(containsString("last enabled administrator"));
        assertThat(accounts.signIn("admin", AccountsTestPasswords.FIRST_ADMIN)).isPresent();
    }

    @Test
    void onlyAnAdministratorSeesThePage() {
        given().redirects().follow(false).accept("text/html").get("/admin/accounts").then().statusCode(302)
                .header("Location", containsString("/sign-in"));
        accounts.createIfAbsent("walt", "walt-password-1", "Default", Role.EDITOR);
        given().filter(signIn("walt", "walt-password-1")).accept("text/html").get("/admin/accounts").then()
                .statusCode(403).body(containsString("your role does not allow this"));
        given().filter(signIn("admin", AccountsTestPasswords.FIRST_ADMIN)).accept("text/html")
                .get("/admin/accounts").then().statusCode(200).body(containsString("Add an account"));
    }

    static CookieFilter signIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    /** Posts a form of the account administration page with its CSRF token, as the signed-in {@code cookies}. */
    static io.restassured.response.Response post(CookieFilter cookies, String path, Map<String, String> form) {
        String page = given().filter(cookies).accept("text/html").get("/admin/accounts").then().statusCode(200)
                .extract().asString();
        String token = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return given().filter(cookies).redirects().follow(false).accept("text/html").formParams(form)
                .formParam("csrf-token", token).post(path);
    }
}
