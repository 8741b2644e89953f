package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.procurementrisk.KeycloakServer;
import com.procurementrisk.SingleSignOnProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Signing in and out through a real Keycloak in the browser: the app sends people to the
 * provider's sign-in page, they come back signed in with their workspace in the header, and
 * signing out ends the provider's session too.
 */
@QuarkusTest
@TestProfile(SingleSignOnProfile.class)
@EnabledIf("com.procurementrisk.KeycloakServer#available")
class SingleSignOnBrowserTest extends BrowserTestBase {

    private static void signInAtKeycloak(Page page, String user) {
        assertThat(page.locator("#kc-login")).isVisible();
        page.locator("#username").fill(user);
        page.locator("#password").fill(KeycloakServer.PASSWORD);
        page.locator("#kc-login").click();
    }

    @Test
    void anEditorSignsInAtTheProviderSeesTheirWorkspaceAndSignsOutOfBoth() {
        try (BrowserContext context = browser.newAnonymousContext(true, 1280)) {
            Page page = context.newPage();
            page.navigate(root.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
            // The provider's own page, not the app's form.
            assertThat(page.locator("#kc-login")).isVisible();
            assertThat(page.url()).startsWith(KeycloakServer.realmUrl());
            page.locator("#username").fill("alice");
            page.locator("#password").fill("wrong password");
            page.locator("#kc-login").click();
            assertThat(page.locator("#input-error-username, .kc-feedback-text").first()).containsText("Invalid");
            signInAtKeycloak(page, "alice");

            page.waitForURL(root + "**");
            assertThat(page.locator(".site-nav .who")).containsText("alice");
            assertThat(page.locator(".site-nav .where")).hasText("acme (editor)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("sso-signed-in")));

            List<Cookie> session = context.cookies(root.toString()).stream()
                    .filter(c -> c.name.startsWith("q_session")).toList();
            assertThat(session).isNotEmpty().allSatisfy(c -> {
                assertThat(c.httpOnly).as("HttpOnly").isTrue();
                assertThat(c.sameSite).isEqualTo(SameSiteAttribute.LAX);
            });

            // Saved assessments of the workspace are reachable; the audit log names the sign-in.
            page.navigate(root + "assessments");
            assertThat(page.locator("h1")).containsText("Saved");
            given().auth().oauth2(KeycloakServer.accessToken("carol")).get("/admin/audit.jsonl?actor=alice&action=sign-in")
                    .then().statusCode(200).body(containsString("single sign-on"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            // Keycloak ends its session and sends the browser back to the start page.
            page.waitForURL(url -> url.startsWith(root.toString()) && !url.contains("/assessments"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
            assertThat(page.locator(".site-nav .who")).hasCount(0);

            // Signed out at the provider too: a saved page asks for the password again.
            page.navigate(root + "assessments");
            assertThat(page.locator("#kc-login")).isVisible();
            assertThat(page.url()).startsWith(KeycloakServer.realmUrl());
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    @Test
    void aViewerWhoOpensAnAdministratorsPageIsToldWhy() {
        try (BrowserContext context = browser.newAnonymousContext(false, 375)) {
            Page page = context.newPage();
            page.navigate(root + "sign-in");
            signInAtKeycloak(page, "bob");
            page.waitForURL(root + "**");
            assertThat(page.locator(".site-nav .where")).hasText("acme (viewer)");
            page.navigate(root + "admin/audit");
            assertThat(page.locator("h1")).containsText("Forbidden");
            assertThat(page.locator("main")).containsText("your role does not allow this");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("sso-forbidden")));
        }
    }
}
