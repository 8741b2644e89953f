package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in with a built-in account and out again, with and without JavaScript. */
@QuarkusTest
class SignInBrowserTest extends BrowserTestBase {

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
            assertThat(page.locator(".site-nav .who")).hasText("admin");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("signed-in-js-" + javaScript)));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator(".site-nav .who")).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        }
    }
}
