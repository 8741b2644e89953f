package com.procurementrisk.access;

import com.procurementrisk.advice.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sessions end when they should (issue 20, point 5): a cookie copied before sign-out is refused
 * after it; a password reset ends the account's sessions and revokes its tokens; disabling an
 * account or changing its role signs it out; a session past its idle time or its absolute lifetime
 * is refused, and so is an expired token. Times are moved by changing the stored rows, not by waiting.
 */
@QuarkusTest
class SessionsTest {

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Test
    void aCookieCopiedBeforeSignOutIsRefusedAfterIt() {
        accounts.createIfAbsent("se-sam", "se-sam-password", "Default", Role.EDITOR);
        String session = signIn("se-sam", "se-sam-password");
        String copy = session;
        assertSignedIn(session);
        Response page = given().cookie(Sessions.COOKIE, session).accept("text/html").get("/account/tokens");
        given().cookie(Sessions.COOKIE, session).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", csrf(page.asString())).redirects().follow(false).post("/sign-out").then()
                .statusCode(303);
        assertSignedOut(copy);
    }

    @Test
    void aPasswordResetEndsTheSessionsAndRevokesTheTokensOfTheAccount() {
        accounts.createIfAbsent("se-rita", "se-rita-password", "Default", Role.EDITOR);
        String first = signIn("se-rita", "se-rita-password");
        String second = signIn("se-rita", "se-rita-password");
        String token = tokens.create("se-rita", "before the reset");
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(200);

        adminPost("/admin/accounts/se-rita/password", Map.of("password", "se-rita-new-password")).then().statusCode(303);

        assertSignedOut(first);
        assertSignedOut(second);
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(401);
        assertThat(tokens.of("se-rita")).allSatisfy(t -> assertThat(t.revoked()).isNotNull());
        assertSignedIn(signIn("se-rita", "se-rita-new-password"));
    }

    @Test
    void disablingAnAccountOrChangingItsRoleSignsItOut() {
        accounts.createIfAbsent("se-dan", "se-dan-password", "Default", Role.EDITOR);
        String session = signIn("se-dan", "se-dan-password");
        adminPost("/admin/accounts/se-dan/role", Map.of("workspace", "Default", "role", "viewer")).then()
                .statusCode(303);
        assertSignedOut(session);

        session = signIn("se-dan", "se-dan-password");
        adminPost("/admin/accounts/se-dan/disabled", Map.of("disabled", "true")).then().statusCode(303);
        assertSignedOut(session);
        adminPost("/admin/accounts/se-dan/disabled", Map.of("disabled", "false")).then().statusCode(303);
        // Enabling it again does not bring the old session back.
        assertSignedOut(session);
    }

    @Test
    void aSessionPastItsLifetimeOrIdleTimeIsRefused() {
        accounts.createIfAbsent("se-liz", "se-liz-password", "Default", Role.VIEWER);
        String busy = signIn("se-liz", "se-liz-password");
        String idle = signIn("se-liz", "se-liz-password");
        assertSignedIn(busy);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Used a moment ago, but signed in 12 hours and a second ago: past the absolute lifetime.
        QuarkusTransaction.requiringNew().run(() -> SessionEntity.update(
                "createdAt = ?1, expiresAt = ?2 where tokenHash = ?3", now.minusHours(12).minusSeconds(1),
                now.minusSeconds(1), ApiTokens.hash(busy)));
        // Unused for 31 minutes: past the idle timeout of 30.
        QuarkusTransaction.requiringNew().run(() -> SessionEntity.update("lastSeenAt = ?1 where tokenHash = ?2",
                now.minusMinutes(31), ApiTokens.hash(idle)));
        assertSignedOut(busy);
        assertSignedOut(idle);
    }

    @Test
    void anExpiredTokenIsRefusedLikeARevokedOne() {
        accounts.createIfAbsent("se-tom", "se-tom-password", "Default", Role.VIEWER);
        String token = tokens.create("se-tom", "short-lived", Optional.of(7));
        String forever = tokens.create("se-tom", "chosen to never expire", Optional.empty());
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(200);
        assertThat(tokens.of("se-tom")).anySatisfy(t -> assertThat(t.expires()).isAfter(OffsetDateTime.now().plusDays(6)))
                .anySatisfy(t -> assertThat(t.expires()).isNull());

        QuarkusTransaction.requiringNew().run(() -> ApiTokenEntity.update("expiresAt = ?1 where tokenHash = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), ApiTokens.hash(token)));
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(401);
        given().auth().oauth2(forever).get("/api/v1/assessments").then().statusCode(200);
        // Made without a choice, a token lasts 90 days.
        tokens.create("se-tom", "default lifetime");
        assertThat(tokens.of("se-tom").get(0).expires()).isBetween(OffsetDateTime.now().plusDays(89),
                OffsetDateTime.now().plusDays(91));
        assertThatThrownBy(() -> tokens.create("se-tom", "odd", Optional.of(5))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsRefusedWithAMessage() {
        // 40 characters, 80 bytes in UTF-8: bcrypt would silently ignore the last 8.
        String long80 = "ä".repeat(40);
        adminPost("/admin/accounts", Map.of("username", "se-long", "password", long80, "workspace", "Default",
                "role", "viewer")).then().statusCode(400).body(containsString("72 bytes"));
        assertThat(accounts.signIn("se-long", long80)).isEmpty();
        accounts.createIfAbsent("se-max", "se-max-password", "Default", Role.VIEWER);
        adminPost("/admin/accounts/se-max/password", Map.of("password", "x".repeat(73))).then().statusCode(400);
        adminPost("/admin/accounts/se-max/password", Map.of("password", "y".repeat(72))).then().statusCode(303);
        assertThat(accounts.signIn("se-max", "y".repeat(72))).isPresent();
    }

    @Test
    void aPageThatNeedsSignInLeadsBackToItselfAfterSigningIn() {
        accounts.createIfAbsent("se-ada", "se-ada-password", "Default", Role.VIEWER);
        Response asked = given().redirects().follow(false).accept("text/html").get("/account/tokens?x=1");
        asked.then().statusCode(302).header("Location", "/sign-in");
        String remembered = asked.cookie(SessionCookies.RETURN);
        assertThat(asked.header("Set-Cookie")).containsIgnoringCase("HttpOnly").contains("Path=/j_security_check");
        given().cookie(SessionCookies.RETURN, remembered).redirects().follow(false)
                .formParam("j_username", "se-ada").formParam("j_password", "se-ada-password").post("/j_security_check")
                .then().statusCode(302).header("Location", "/account/tokens?x=1");
        // A remembered address of another site is not followed.
        String elsewhere = java.util.Base64.getUrlEncoder().encodeToString("//evil.example/".getBytes());
        given().cookie(SessionCookies.RETURN, elsewhere).redirects().follow(false)
                .formParam("j_username", "se-ada").formParam("j_password", "se-ada-password").post("/j_security_check")
                .then().statusCode(302).header("Location", "/");
    }

    static String signIn(String username, String password) {
        String session = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302)
                .header("Location", "/").extract().cookie(Sessions.COOKIE);
        assertThat(session).hasSizeGreaterThan(40);
        return session;
    }

    private static void assertSignedIn(String session) {
        given().cookie(Sessions.COOKIE, session).redirects().follow(false).accept("text/html").get("/account/tokens")
                .then().statusCode(200);
    }

    private static void assertSignedOut(String session) {
        given().cookie(Sessions.COOKIE, session).redirects().follow(false).accept("text/html").get("/account/tokens")
                .then().statusCode(302).header("Location", "/sign-in");
    }

    private static String csrf(String html) {
        return html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }

    /** A change on the account administration page, made by the first (instance) administrator. */
    private static Response adminPost(String path, Map<String, String> form) {
        return AccountAdministrationTest.post(
                AccountAdministrationTest.signIn("admin", AccountsTestPasswords.FIRST_ADMIN), path, form);
    }
}
