package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.procurementrisk.access.Accounts;
import com.procurementrisk.access.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in with a built-in account and out again, with and without JavaScript. */
@QuarkusTest
class SignInBrowserTest extends BrowserTestBase {

    @jakarta.inject.Inject
    Accounts accounts;

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aUserSignsInIsNamedInTheHeaderAndSignsOut(boolean javaScript) {
        try (BrowserContext context = browser.context(javaScript, javaScript ? 1280 : 375)) {
            Page page = context.newPage();
            page.navigate(root.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("not right");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("sign-in-failed-js-" + javaScript)));

            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill(com.procurementrisk.access.AccountsTestPasswords.FIRST_ADMIN);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator(".site-nav .who a")).hasText("admin");
            assertThat(page.locator(".site-nav .where")).hasText("Default (admin)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("signed-in-js-" + javaScript)));

            // An administrator reads the audit log, which names this very sign-in.
            page.navigate(root + "admin/audit?actor=admin&action=sign-in");
            assertThat(page.locator("table.audit tbody")).containsText("sign-in");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add an account"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("accounts-js-" + javaScript))
                    .setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator(".site-nav .who")).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aViewerWhoOpensAnAdministratorsPageIsToldWhy(boolean javaScript) {
        accounts.createIfAbsent("vera", "viewer-password", "Default", Role.VIEWER);
        try (BrowserContext context = browser.context(javaScript, javaScript ? 1280 : 375)) {
            Page page = context.newPage();
            page.navigate(root + "admin/audit");
            // Not signed in: the sign-in page first, then back where the user was going.
            page.getByLabel("Username").fill("vera");
            page.getByLabel("Password").fill("viewer-password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator("h1")).containsText("Forbidden");
            assertThat(page.locator("main")).containsText("your role does not allow this");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("forbidden-js-" + javaScript)));
        }
    }
}
