package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.models.ModelRegistry;
import com.procurementrisk.models.ModelVersions;
import com.procurementrisk.models.TestModels;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An administrator uploads a model version on the page, sees what is wrong beside the field, and activates a valid one. */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class ModelsBrowserTest extends BrowserTestBase {

    @Inject
    ModelVersions versions;

    @Inject
    ModelRegistry registry;

    @AfterEach
    void restoreTheShippedVersion() {
        versions.activate(TestModels.SHIPPED);
    }

    @Test
    void anAdministratorUploadsAFileSeesEveryProblemThenUploadsAndActivatesAValidOne() {
        try (BrowserContext context = browser.context(false, 1280)) {
            Page page = context.newPage();
            page.navigate(root.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("model versions")).click();
            assertThat(page.locator("h1")).hasText("Model versions");

            page.getByLabel("Model file").setInputFiles(new FilePayload("broken.yaml", "application/yaml",
                    TestModels.invalid("2027.3.0-invalid").getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload as a draft")).click();
            assertThat(page.locator("#model-error")).containsText("The model was not stored");
            assertThat(page.locator("#model-error")).containsText("legal");
            assertThat(page.getByLabel("Model file")).hasAttribute("aria-describedby", "model-error");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("model-upload-refused"))
                    .setFullPage(true));

            page.getByLabel("Model file").setInputFiles(new FilePayload("model.yaml", "application/yaml",
                    TestModels.changed("2026.12.5").getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload as a draft")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2026.12.5 was uploaded as a draft");
            assertThat(page.locator("table.model-versions tr", new Page.LocatorOptions().setHasText("2026.12.5")))
                    .containsText("draft");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activate version 2026.12.5")).click();
            assertThat(page.locator("h1")).hasText("Activate version 2026.12.5?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate version 2026.12.5")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2026.12.5 is active");
            assertThat(page.locator("table.model-versions tr", new Page.LocatorOptions().setHasText("2026.12.5")))
                    .containsText("active");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("model-activated"))
                    .setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(registry.active().version()).isEqualTo("2026.12.5");

            page.navigate(root + "assess/1");
            assertThat(page.locator("main")).containsText(TestModels.NEW_LABEL);
        }
    }
}
