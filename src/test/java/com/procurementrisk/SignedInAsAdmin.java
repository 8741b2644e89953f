package com.procurementrisk;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static io.restassured.RestAssured.given;

/**
 * Signs in as the first administrator before each test (through the real sign-in form, so it
 * works in-process and against the packaged jar alike) and sends the session cookie with every
 * REST Assured request of the test; browser tests add {@link #session()} to their context.
 * Register it after {@code @QuarkusTest}, which points REST Assured at the application.
 */
public class SignedInAsAdmin implements BeforeEachCallback, AfterEachCallback {

    /** The test profile's ADVISOR_ADMIN_PASSWORD (also given to the packaged jar in integration tests). */
    public static final String PASSWORD = "first-admin-password";
    public static final String COOKIE = "advisor-session";

    private static String session;

    /** The session cookie's value of the current test. */
    public static String session() {
        return session;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        session = given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().cookie(COOKIE);
        if (session == null) {
            throw new IllegalStateException("signing in as admin failed: no session cookie");
        }
        RestAssured.requestSpecification = new RequestSpecBuilder().addCookie(COOKIE, session).build();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
        session = null;
    }
}
