package com.procurementrisk.limits;

import com.procurementrisk.access.Accounts;
import com.procurementrisk.access.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sign-in attempts are throttled per account, from whatever address, and per client address,
 * whatever the account (ASVS 2.2.1): the correct password is refused too once the allowance is
 * spent (or guessing would go on), a browser is told so on the form, an API client gets 429 with
 * Retry-After; successful sign-ins do not count. Here 3 attempts per account and 6 per address
 * (RateLimitTest's small limits), addresses from a trusted proxy's X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class SignInThrottleTest {

    @Inject
    Accounts accounts;

    @Test
    void guessesAtOneAccountFromManyAddressesAreStoppedAndTheFormSaysWhy() {
        accounts.createIfAbsent("th-amy", "th-amy-password", "Default", Role.EDITOR);
        for (int i = 1; i <= 3; i++) {
            attempt("th-amy", "guess-" + i, "10.3.0." + i, "*/*").then().statusCode(302)
                    .header("Location", "/sign-in?failed=true");
        }
        Response refused = attempt("th-amy", "th-amy-password", "10.3.0.9", "*/*");
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("Too many sign-in attempts for this account"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 400);
        assertThat(refused.cookie("advisor-session")).isNull();

        attempt("th-amy", "th-amy-password", "10.3.0.10", "text/html").then().statusCode(303)
                .header("Location", "/sign-in?throttled=true");
        given().accept("text/html").get("/sign-in?throttled=true").then().statusCode(429)
                .body(containsString("too many sign-in attempts for this account or from your network address"));

        // Another account is not affected.
        accounts.createIfAbsent("th-ben", "th-ben-password", "Default", Role.EDITOR);
        attempt("th-ben", "th-ben-password", "10.3.0.9", "*/*").then().statusCode(302).header("Location", "/");
    }

    @Test
    void oneAddressGuessingAtManyAccountsIsStoppedAndSuccessesDoNotCount() {
        accounts.createIfAbsent("th-cy", "th-cy-password", "Default", Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            attempt("th-cy", "th-cy-password", "10.4.0.1", "*/*").then().statusCode(302).header("Location", "/");
        }
        for (int i = 0; i < 6; i++) {
            attempt("th-nobody-" + i, "guess", "10.4.0.1", "*/*").then().statusCode(302);
        }
        attempt("th-cy", "th-cy-password", "10.4.0.1", "*/*").then().statusCode(429)
                .body("detail", containsString("from your network address"));
        attempt("th-cy", "th-cy-password", "10.4.0.2", "*/*").then().statusCode(302).header("Location", "/");
    }

    private static Response attempt(String username, String password, String address, String accept) {
        return given().header("X-Forwarded-For", address).accept(accept).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }
}
