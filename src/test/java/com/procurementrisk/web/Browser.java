package com.procurementrisk.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Where Chromium is missing the browser tests are
 * skipped with a message, unless {@code -Dtest.require-browser=true} (as in CI) makes
 * that a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = "Chromium not found at " + CHROMIUM + ": browser tests skipped. Install it "
                    + "(apt-get install chromium) or point -Dtest.chromium at it.";
            if (Boolean.getBoolean("test.require-browser")) {
                Assertions.fail(why + " They are required here (test.require-browser=true).");
            }
            Assumptions.abort(why);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
        return new Browser(playwright, browser);
    }

    BrowserContext context(boolean javaScript, int width) {
        return context(javaScript, width, 900);
    }

    /** A context without the test's session, whoever the test signed in as. */
    BrowserContext newAnonymousContext(boolean javaScript, int width) {
        return browser.newContext(new NewContextOptions().setJavaScriptEnabled(javaScript).setViewportSize(width, 900));
    }

    BrowserContext context(boolean javaScript, int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setJavaScriptEnabled(javaScript)
                .setViewportSize(width, height));
        // Tests that sign in (SignedInAsAdmin) browse signed in too.
        String session = com.procurementrisk.SignedInAsAdmin.session();
        if (session != null) {
            context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie(
                    com.procurementrisk.SignedInAsAdmin.COOKIE, session).setDomain("localhost").setPath("/")));
        }
        return context;
    }

    static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
