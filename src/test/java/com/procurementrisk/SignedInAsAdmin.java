package com.procurementrisk;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Signs in as the first administrator for each test, through the real sign-in form (so it works
 * in-process and against the packaged jar alike), and sends the session cookie with every REST
 * Assured request of the test; browser tests add {@link #session()} to their context. The sign-in
 * happens on first use, once REST Assured points at the application.
 */
public class SignedInAsAdmin implements BeforeEachCallback, AfterEachCallback {

    /** The test profile's ADVISOR_ADMIN_PASSWORD (also given to the packaged jar in integration tests). */
    public static final String PASSWORD = "first-admin-password";
    public static final String COOKIE = "advisor-session";

    private static boolean active;
    private static boolean signingIn;
    private static String session;

    private static final Filter SEND_SESSION = (request, response, context) -> {
        if (active && !signingIn && request.getCookies().get(COOKIE) == null) {
            request.cookie(COOKIE, session());
        }
        return context.next(request, response);
    };

    /** The session cookie's value of the current test (null when the test does not sign in). */
    public static synchronized String session() {
        if (active && session == null) {
            signingIn = true;
            try {
                session = given().redirects().follow(false).formParam("j_username", "admin")
                        .formParam("j_password", PASSWORD).post("/j_security_check").then().statusCode(302)
                        .extract().cookie(COOKIE);
            } finally {
                signingIn = false;
            }
            if (session == null) {
                throw new IllegalStateException("signing in as admin failed: no session cookie");
            }
        }
        return session;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        active = true;
        session = null;
        if (!RestAssured.filters().contains(SEND_SESSION)) {
            RestAssured.filters(SEND_SESSION);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        active = false;
        session = null;
        List<Filter> others = RestAssured.filters().stream().filter(f -> f != SEND_SESSION).toList();
        RestAssured.replaceFiltersWith(others);
    }
}
