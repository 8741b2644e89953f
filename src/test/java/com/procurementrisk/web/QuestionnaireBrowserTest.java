package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What a buyer does in a browser: fill the questionnaire, read and switch the results. */
@QuarkusTest
class QuestionnaireBrowserTest extends BrowserTestBase {

    @Test
    void aBuyerCompletesTheQuestionnaireAndReadsExplainedResults() {
        try (BrowserContext context = browser.context(true, 1280)) {
            Page page = context.newPage();
            List<String> requested = new ArrayList<>();
            page.onRequest(r -> requested.add(r.url()));

            page.navigate(root.toString());
            assertThat(page.getByText("Knowledge as of")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an assessment")).click();

            assertThat(page.getByText("Step 1 of 8")).isVisible();
            Locator commitment = group(page, "spending commitment with Microsoft Azure");
            assertThat(commitment).isHidden();
            group(page, "Which clouds").getByLabel("Microsoft Azure").check();
            assertThat(commitment).isVisible();
            group(page, "Which clouds").getByLabel("Amazon Web Services").check();
            group(page, "primary cloud").getByLabel("Microsoft Azure").check();
            commitment.getByLabel("Committed spend").check();
            group(page, "spending commitment with AWS").getByLabel("Pay-as-you-go").check();
            next(page);

            group(page, "How mature").getByLabel("Some").check();
            next(page);
            group(page, "Which OpenAI capabilities").getByLabel("Stateless model APIs").check();
            group(page, "Which OpenAI capabilities").getByLabel("Frontier agent platform").check();
            next(page);
            group(page, "How critical").getByLabel("Customer-facing").check();
            next(page);
            group(page, "processed and stored").getByLabel("European Union").check();
            group(page, "regulated activities").getByLabel("Financial services").check();
            next(page);
            group(page, "appetite").getByLabel("Low").check();
            next(page);
            next(page);
            assertThat(page.getByText("Step 8 of 8")).isVisible();
            page.getByLabel("In how many months").fill("6");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the results")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Your procurement risk assessment"))).isVisible();
            assertThat(page.locator(".ranking li")).hasCount(4);
            assertThat(page.locator("p.meta")).containsText("Risk model 2026.12.0");
            // The chart has an axis from 0 to 100, the band thresholds and each pathway's overall score.
            assertThat(page.locator(".chart text.axis")).hasText(new String[] {"0", "25", "50", "75", "100"});
            assertThat(page.locator(".chart line.threshold")).hasCount(3);
            assertThat(page.locator(".chart g.bar.overall")).hasCount(4);
            // The decision comes first; the long sections are collapsed and open on request.
            assertThat(page.locator(".decision h2")).containsText("Recommended:");
            assertThat(page.locator(".decision .verdict")).isVisible();
            assertThat(page.locator(".decision")).containsText("scenarios");
            assertThat(page.locator(".recommendations > li").first()).isHidden();
            page.locator("#recommendations > summary").click();
            assertThat(page.locator(".recommendations > li").first()).isVisible();
            page.locator("nav.contents a[href='#sources-open']").click();
            assertThat(page.locator("#sources ol.sources a").first()).isVisible();
            assertThat(page.locator("#sources ol.sources a").first()).hasAttribute("href",
                    java.util.regex.Pattern.compile("^https?://"));
            assertThat(page.locator("#answers dl").first()).containsText("Microsoft Azure");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("results")).setFullPage(true));

            assertThat(requested).allSatisfy(url -> assertThat(url).startsWith(root.toString()));
        }
    }

    @Test
    void switchingTheScenarioRescoresTheResults() {
        try (BrowserContext context = browser.context(true, 1280)) {
            Page page = context.newPage();
            page.navigate(root + "results?a=" + WebPagesTest.token());

            page.getByLabel("Score under another scenario").selectOption("formal_legal_claim_filed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

            assertThat(page.locator("p.meta")).containsText("legal");
            page.locator("#scenario-table > summary").click();
            assertThat(page.locator("tr.selected")).containsText("legal");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("results-legal-claim")));
        }
    }

    @Test
    void aMistakeIsShownBesideTheFieldAndCanBeCorrected() {
        try (BrowserContext context = browser.context(true, 1280)) {
            Page page = context.newPage();
            page.navigate(root + "assess/1");
            next(page);

            assertThat(page.getByRole(AriaRole.ALERT)).containsText("There are 2 problems");
            assertThat(group(page, "Which clouds").locator(".error")).hasText("Error: Select at least 1 choice.");
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("validation-error")));

            group(page, "Which clouds").getByLabel("Amazon Web Services").check();
            group(page, "primary cloud").getByLabel("Amazon Web Services").check();
            group(page, "spending commitment with AWS").getByLabel("Committed spend").check();
            next(page);
            assertThat(page.getByText("Step 2 of 8")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
            assertThat(group(page, "Which clouds").getByLabel("Amazon Web Services")).isChecked();
            assertThat(group(page, "spending commitment with AWS").getByLabel("Committed spend")).isChecked();
        }
    }

    @Test
    void everythingWorksWithoutJavaScript() {
        try (BrowserContext context = browser.context(false, 375)) {
            Page page = context.newPage();
            page.navigate(root + "assess/1");
            assertThat(group(page, "spending commitment with Microsoft Azure").locator(".hint"))
                    .containsText("Answer only if you chose Microsoft Azure");
            for (int tries = 1; tries <= 12 && page.url().contains("/assess/"); tries++) {
                answerRequiredQuestions(page);
                page.locator("button[value=next]").click();
            }

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Your procurement risk assessment"))).isVisible();
            page.getByLabel("Score under another scenario").selectOption("openai_ipo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            // At 375 px the chart's text is still at least 12 px on screen.
            Object rendered = page.evaluate("() => { const svg = document.querySelector('.chart svg');"
                    + " const text = svg.querySelector('text');"
                    + " return parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width"
                    + " / svg.viewBox.baseVal.width; }");
            org.assertj.core.api.Assertions.assertThat(((Number) rendered).doubleValue()).isGreaterThanOrEqualTo(12.0);
            // Collapsed sections open without JavaScript too.
            page.locator("#scenario-table > summary").click();
            assertThat(page.locator("tr.selected")).isVisible();
            assertThat(page.locator("tr.selected")).containsText("IPO");
            assertThat(page.locator(".decision .verdict")).isVisible();
            Object width = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("results-no-js-375px"))
                    .setFullPage(true));
        }
    }

    /**
     * Answers each required question still open with its first choice (or 6 for a number),
     * including those marked "answer only if": without script they are all on the page.
     */
    private static void answerRequiredQuestions(Page page) {
        for (Locator field : page.locator(".field").all()) {
            if (!field.innerText().contains("(required)")) {
                continue;
            }
            Locator choices = field.locator("input[type=radio], input[type=checkbox]");
            if (choices.count() > 0 && field.locator("input:checked").count() == 0) {
                choices.first().check();
            } else if (choices.count() == 0 && field.locator("input").inputValue().isEmpty()) {
                field.locator("input").fill("6");
            }
        }
    }

    private static Locator group(Page page, String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }

    private static void next(Page page) {
        page.locator("button[value=next]").click();
    }
}
