package com.procurementrisk.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Built-in accounts: the first administrator, bcrypt hashes, signing in and out through the form. */
@QuarkusTest
class AccountsTest {

    /** The test profile's ADVISOR_ADMIN_PASSWORD. */
    static final String FIRST_ADMIN_PASSWORD = AccountsTestPasswords.FIRST_ADMIN;

    @jakarta.inject.Inject
    Accounts accounts;

    @Test
    void theFirstStartCreatesTheAdministratorWithTheConfiguredPasswordStoredOnlyAsABcryptHash() {
        assertThat(accounts.signIn("admin", FIRST_ADMIN_PASSWORD)).get()
                .satisfies(a -> assertThat(a.workspaces()).containsEntry("Default", Role.ADMIN));
        assertThat(accounts.signIn("admin", "not-the-password")).isEmpty();
        assertThat(accounts.signIn("nobody", FIRST_ADMIN_PASSWORD)).isEmpty();
        String hash = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AccountEntity.named("admin").orElseThrow().passwordHash);
        assertThat(hash).startsWith("$2a$12$").doesNotContain(FIRST_ADMIN_PASSWORD);
    }

    @Test
    void passwordsAreCheckedAgainstTheirHashAndGeneratedOnesDiffer() {
        String hash = Passwords.hash("correct horse");
        assertThat(Passwords.matches("correct horse", hash)).isTrue();
        assertThat(Passwords.matches("correct horse ", hash)).isFalse();
        assertThat(Passwords.matches("correct horse", "not a hash")).isFalse();
        assertThat(Passwords.generate()).hasSize(20).isNotEqualTo(Passwords.generate());
    }

    @Test
    void aBrowserSignsInWithTheFormSeesWhoItIsAndSignsOut() {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "wrong").post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("/sign-in?failed=true"));
        given().filter(cookies).accept("text/html").get("/sign-in?failed=true").then().statusCode(401)
                .body(containsString("The username or the password is not right"));

        given().filter(cookies).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", FIRST_ADMIN_PASSWORD).post("/j_security_check").then().statusCode(302)
                .header("Set-Cookie", org.hamcrest.Matchers.containsStringIgnoringCase("HttpOnly")).header("Set-Cookie", containsString("SameSite=Lax"));
        String page = given().filter(cookies).accept("text/html").get("/").then().statusCode(200)
                .body(containsString("title=\"Your account and API tokens\">admin</a>"), containsString("Default (admin)")).extract().asString();
        String token = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        given().filter(cookies).redirects().follow(false).formParam("csrf-token", token).post("/sign-out")
                .then().statusCode(303);
        given().filter(cookies).accept("text/html").get("/").then().statusCode(200)
                .body(not(containsString("class=\"who\""))).body(containsString("href=\"/sign-in\""));
    }
}
