package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Saving, revising and sharing an assessment in the browser. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class SavedAssessmentBrowserTest extends BrowserTestBase {

    @Test
    void aBuyerSavesRevisesAndSharesAnAssessment() {
        try (BrowserContext context = browser.context(true, 1280)) {
            Page page = context.newPage();
            page.navigate(root + "results?a=" + WebPagesTest.token());
            page.getByLabel("Name (optional)").fill("Claims assistant");
            button(page, "Save this assessment").click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Claims assistant")))
                    .isVisible();
            assertThat(page.locator("p.meta").first()).containsText("revision 1 of 1");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your answers")).first().click();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("primary cloud"))
                    .getByLabel("Microsoft Azure").check();
            for (int step = 1; step < 8; step++) {
                page.locator("button[value=next]").click();
            }
            page.locator("button[value=next]").click();
            page.getByLabel("What changed (optional)").fill("Azure is now our primary cloud");
            button(page, "Save as a new revision").click();

            assertThat(page.locator("p.meta").first()).containsText("revision 2 of 2");
            assertThat(page.locator("#history tbody tr")).hasCount(2);
            assertThat(page.locator("#history")).containsText("Azure is now our primary cloud");

            button(page, "Create a read-only link").click();
            // Share and export sit at the top: the full address to copy, with a copy button where JavaScript runs.
            assertThat(page.locator("#sharing .downloads")).containsText("PDF report");
            assertThat(page.locator(".share-url").first()).hasValue(java.util.regex.Pattern.compile("^http://[^/]+/shared/.+"));
            assertThat(page.locator("button.copy").first()).isVisible();
            String shared = page.locator(".shares a").first().getAttribute("href");
            Page reader = context.newPage();
            reader.navigate(root + shared.substring(1));
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Claims assistant")))
                    .isVisible();
            assertThat(reader.locator("form.save-form")).hasCount(0);
            assertThat(reader.getByText("Change your answers")).hasCount(0);

            button(page, "Revoke this link").click();
            assertThat(page.locator(".shares")).containsText("revoked");
            reader.reload();
            assertThat(reader.getByRole(AriaRole.HEADING)).containsText("Not Found");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("saved-assessment")).setFullPage(true));
        }
    }

    @Test
    void aSecondEditorWhoseVersionIsStaleIsToldAndNothingIsOverwritten() {
        try (BrowserContext context = browser.context(true, 1280)) {
            Page first = context.newPage();
            first.navigate(root + "results?a=" + WebPagesTest.token());
            button(first, "Save this assessment").click();
            first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your answers")).first().click();
            for (int step = 1; step <= 8; step++) {
                first.locator("button[value=next]").click();
            }
            Page second = context.newPage();
            second.navigate(first.url());

            button(first, "Save as a new revision").click();
            assertThat(first.locator("p.meta").first()).containsText("revision 2 of 2");
            button(second, "Save as a new revision").click();

            assertThat(second.getByRole(AriaRole.HEADING)).containsText("Edit conflict");
            assertThat(second.locator("main")).containsText("changed by someone else");
            first.reload();
            assertThat(first.locator("p.meta").first()).containsText("revision 2 of 2");
        }
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
