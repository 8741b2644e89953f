package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.procurementrisk.SignedInAsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages under their Content-Security-Policy: every main flow, with and without JavaScript,
 * without a single violation reported by Chromium, and no page of another origin can frame them.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class SecurityPolicyBrowserTest extends BrowserTestBase {

    /** Reports each violation to the console, where the collector below hears it (JavaScript on). */
    static final String REPORTER = "document.addEventListener('securitypolicyviolation', e => console.error("
            + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

    @Test
    void everyMainFlowRunsWithoutAPolicyViolationWithJavaScript() {
        runMainFlows(true);
    }

    @Test
    void everyMainFlowRunsWithoutAPolicyViolationWithoutJavaScript() {
        runMainFlows(false);
    }

    @Test
    void theCollectorHearsAViolation() {
        try (BrowserContext context = browser.context(true, 1280)) {
            List<String> violations = collect(context);
            Page page = context.newPage();
            page.navigate(root + "assess/1");
            page.evaluate("() => document.body.insertAdjacentHTML('beforeend', '<div style=\"color: red\">x</div>')");
            page.waitForTimeout(300);
            assertThat(violations).anyMatch(v -> v.contains("style-src"));
        }
    }

    @Test
    void aPageOfAnotherOriginCannotFrameTheApplication() {
        String id = SavedPagesTest.save("Framed");
        try (BrowserContext context = browser.context(true, 1280)) {
            context.route("http://elsewhere.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                    .FulfillOptions().setContentType("text/html").setBody(route.request().url().endsWith("inner.html")
                            ? "<p>Inner page of elsewhere</p>"
                            : "<h1>Elsewhere</h1><iframe src=\"/inner.html\"></iframe><iframe src=\""
                                    + root + "assessments/" + id + "\" width=\"800\" height=\"600\"></iframe>")));
            Page page = context.newPage();
            page.navigate("http://elsewhere.test/frame.html");
            page.waitForTimeout(1000);
            assertThat(page.frames()).hasSize(3);
            // A page that allows framing shows in its frame; the application's does not.
            assertThat(page.frames().get(1).content()).contains("Inner page of elsewhere");
            assertThat(page.frames().get(2).content()).doesNotContain("Framed").doesNotContain("Revoke")
                    .doesNotContain("Procurement Risk Advisor");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("framed-by-another-origin")));
        }
    }

    @Test
    void swaggerUiWorksUnderItsOwnPolicy() {
        try (BrowserContext context = browser.context(true, 1280)) {
            List<String> violations = collect(context);
            Page page = context.newPage();
            // (On the management interface, off the public port.)
            page.navigate(com.procurementrisk.Management.url("/q/swagger-ui/"));
            assertThat(page.locator(".opblock").first()).isVisible();
            page.waitForTimeout(500);
            assertThat(violations).as("Content-Security-Policy violations in Swagger UI").isEmpty();
        }
    }

    private void runMainFlows(boolean javaScript) {
        try (BrowserContext context = browser.context(javaScript, 1280)) {
            List<String> violations = collect(context);
            Page page = context.newPage();
            List<String> failed = new ArrayList<>();
            page.onResponse(r -> {
                if (r.status() >= 500) {
                    failed.add(r.status() + " " + r.url());
                }
            });
            page.navigate(root.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an assessment")).click();
            assertThat(page.getByText("Step 1 of 8")).isVisible();
            noInlineMarkup(page, violations);
            // A step sent without answers comes back with the messages beside the fields.
            page.locator("button[value=next]").click();
            assertThat(page.locator("#error-summary")).isVisible();
            noInlineMarkup(page, violations);

            page.navigate(root + "results?a=" + WebPagesTest.token());
            assertThat(page.locator(".chart g.bar.overall")).hasCount(4);
            noInlineMarkup(page, violations);
            page.locator("#recommendations > summary").click();
            page.getByLabel("Name (optional)").fill("Policy check " + javaScript);
            button(page, "Save this assessment").click();
            assertThat(page.locator("p.meta").first()).containsText("revision 1 of 1");
            noInlineMarkup(page, violations);
            String saved = page.url();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your answers")).first().click();
            for (int step = 1; step <= 8; step++) {
                page.locator("button[value=next]").click();
            }
            button(page, "Save as a new revision").click();
            assertThat(page.locator("p.meta").first()).containsText("revision 2 of 2");
            noInlineMarkup(page, violations);

            button(page, "Create a read-only link").click();
            String shared = page.locator(".shares a").first().getAttribute("href");
            Page reader = context.newPage();
            reader.navigate(root + shared.substring(1));
            assertThat(reader.locator("h1")).containsText("Policy check");
            noInlineMarkup(reader, violations);
            reader.close();
            // Another tab opened in between: this page's form is still good.
            button(page, "Revoke this link").click();
            assertThat(page.locator(".shares")).containsText("revoked");
            noInlineMarkup(page, violations);

            for (String path : List.of("assessments", "compare?left=" + saved.substring(saved.lastIndexOf('/') + 1),
                    "admin/accounts", "admin/models", "admin/audit", "account/tokens")) {
                page.navigate(root + path);
                assertThat(page.locator("h1")).isVisible();
                noInlineMarkup(page, violations);
            }
            page.navigate(saved + "/delete");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(
                    "csp-main-flows-" + (javaScript ? "js" : "no-js"))).setFullPage(true));
            button(page, "Delete the assessment").click();
            assertThat(page.locator("main")).isVisible();

            page.navigate(root + "sign-in");
            assertThat(page.locator("h1")).isVisible();
            noInlineMarkup(page, violations);
            page.waitForTimeout(300);
            assertThat(failed).isEmpty();
            assertThat(violations).as("Content-Security-Policy violations").isEmpty();
        }
    }

    /** Inline style or script in the markup itself (what the policy would refuse), also without JavaScript. */
    private static final java.util.regex.Pattern INLINE = java.util.regex.Pattern.compile(
            "\\sstyle\\s*=|<style|<script(?![^>]*\\ssrc=)|\\son[a-z]+\\s*=|javascript:",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void noInlineMarkup(Page page, List<String> found) {
        var m = INLINE.matcher(page.content());
        if (m.find()) {
            found.add(page.url() + ": " + m.group());
        }
    }

    /** Every CSP violation the browser reports (console messages; JavaScript on: the events too). */
    private static List<String> collect(BrowserContext context) {
        List<String> violations = new ArrayList<>();
        context.addInitScript(REPORTER);
        context.onConsoleMessage(m -> {
            String text = m.text();
            if (text.contains("Content Security Policy") || text.contains("CSP violation")
                    || text.contains("Refused to")) {
                violations.add(text);
            }
        });
        return violations;
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
