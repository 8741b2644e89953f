package com.procurementrisk.models;

import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.access.Accounts;
import com.procurementrisk.access.Role;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import com.procurementrisk.audit.AuditEntry;
import com.procurementrisk.audit.AuditFilter;
import com.procurementrisk.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * An administrator publishes a model version without a redeploy: uploads it (validated like the
 * shipped models), previews it, activates it; saved assessments keep their version's texts.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class ModelVersionsTest {

    @Inject
    ModelVersions versions;

    @Inject
    ModelRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    /** Other tests expect the shipped version in force. */
    @AfterEach
    void restoreTheShippedVersion() {
        versions.activate(TestModels.SHIPPED);
        assertThat(registry.active().version()).isEqualTo(TestModels.SHIPPED);
    }

    @Test
    void anInvalidUploadListsEveryProblemAndStoresNothing() {
        JsonPath problem = given().contentType("application/yaml").body((TestModels.invalid("2027.1.0-invalid")).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/models").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-model")).extract().jsonPath();
        assertThat(problem.getList("errors.message", String.class)).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(m -> m.contains("legal")).anyMatch(m -> m.toLowerCase().contains("asof")
                        || m.toLowerCase().contains("required"));
        given().get("/api/v1/models").then().statusCode(200).body("version", not(hasItem("2027.1.0-invalid")));
        given().get("/api/v1/models/2027.1.0-invalid").then().statusCode(404);
        given().contentType("text/yaml").body("model: [".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/models").then().statusCode(422)
                .body("errors[0].message", containsString("YAML"));
        assertThat(audit.search(new AuditFilter("model.upload-refused", "admin", null, null, null), 5)).isNotEmpty();
    }

    @Test
    void aValidUploadIsADraftThatPreviewsAndActivatesAndOldAssessmentsKeepTheirTexts() {
        String id = given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Saved under the shipped model", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");

        given().contentType("application/yaml").body((TestModels.changed("2026.12.1")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/models").then()
                .statusCode(201).header("Location", containsString("/api/v1/models/2026.12.1"))
                .body("status", equalTo("draft")).body("active", equalTo(false)).body("uploadedBy", equalTo("admin"));
        given().get("/api/v1/questionnaire").then().body("modelVersion", equalTo(TestModels.SHIPPED));
        // The same text again changes nothing; the same version with another text is refused.
        given().contentType("application/yaml").body((TestModels.changed("2026.12.1")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/models").then()
                .statusCode(200).body("status", equalTo("draft"));
        given().contentType("application/yaml").body((TestModels.changed("2026.12.1") + "\n# changed\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/models").then().statusCode(409).body("type", equalTo("/problems/model-version-exists"));
        given().contentType("application/yaml").body((TestModels.changed(TestModels.SHIPPED)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/models")
                .then().statusCode(409);

        // The preview scores the saved answers under the draft and saves nothing.
        JsonPath preview = given().get("/api/v1/models/2026.12.1/preview?assessment=" + id).then().statusCode(200)
                .body("savedModelVersion", equalTo(TestModels.SHIPPED)).body("modelVersion", equalTo("2026.12.1"))
                .body("changes.empty", equalTo(false)).extract().jsonPath();
        assertThat(preview.getList("changes.factors.title", String.class)).contains(TestModels.NEW_FACTOR);
        given().accept(ContentType.HTML).get("/admin/models?preview=2026.12.1&assessment=" + id).then()
                .statusCode(200).body(containsString("under version 2026.12.1"))
                .body(containsString(TestModels.NEW_FACTOR));
        given().get("/api/v1/assessments/" + id).then().body("latestRevision", equalTo(1))
                .body("modelVersion", equalTo(TestModels.SHIPPED));

        given().contentType(ContentType.JSON).post("/api/v1/models/2026.12.1/activation").then().statusCode(200).body("status", equalTo("active"));
        given().get("/api/v1/questionnaire").then().body("modelVersion", equalTo("2026.12.1"))
                .body(containsString(TestModels.NEW_LABEL));
        given().contentType(ContentType.JSON).body(Map.of("answers", ScoringResourceTest.answers()))
                .post("/api/v1/score").then().statusCode(200).body("modelVersion", equalTo("2026.12.1"));
        given().get("/api/v1/models").then().body("find { it.version == '2026.12.0' }.status", equalTo("retired"));

        // Saved under the shipped version: shown with its texts; a new one with the new texts.
        given().accept(ContentType.HTML).get("/assessments/" + id).then().statusCode(200)
                .body(containsString(TestModels.OLD_LABEL)).body(not(containsString(TestModels.NEW_LABEL)));
        String newer = given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Saved under the upload", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).body("modelVersion", equalTo("2026.12.1"))
                .extract().path("id");
        given().contentType(ContentType.JSON).post("/api/v1/models/" + TestModels.SHIPPED + "/activation").then().statusCode(200);
        given().accept(ContentType.HTML).get("/assessments/" + newer).then().statusCode(200)
                .body(containsString(TestModels.NEW_LABEL)).body(containsString(TestModels.NEW_FACTOR));
        given().get("/api/v1/models/2026.12.1/text").then().statusCode(200)
                .body(containsString(TestModels.NEW_LABEL));

        assertThat(audit.search(new AuditFilter("model.", "admin", "2026.12.1", null, null), 10))
                .extracting(AuditEntry::action).containsExactly("model.activated", "model.upload-refused",
                        "model.uploaded");
        assertThat(audit.search(new AuditFilter("model.activated", "admin", TestModels.SHIPPED, null, null), 1))
                .allSatisfy(e -> assertThat(e.address()).isNotBlank());
    }

    @Test
    void aModelMayBeUploadedAsJson() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(yaml.readTree(TestModels.changed("2026.12.4-json")));
        given().contentType(ContentType.JSON).body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/models").then().statusCode(201).body("version", equalTo("2026.12.4-json"))
                .body("status", equalTo("draft"));
        given().contentType(ContentType.JSON).body("{\"model\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/models").then().statusCode(422).body("errors.field", hasItem("model.id"));
    }

    @Test
    void everyReplicaFollowsAnActivationMadeElsewhere() {
        versions.upload(TestModels.changed("2026.12.2"));
        assertThat(registry.active().version()).isEqualTo(TestModels.SHIPPED);
        // Another replica activates: only the database changes here.
        QuarkusTransaction.requiringNew().run(() -> {
            ModelActivationEntity a = new ModelActivationEntity();
            a.version = "2026.12.2";
            a.activatedBy = "admin";
            a.activatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            a.persist();
        });
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> registry.active().version().equals("2026.12.2"));
        given().get("/api/v1/questionnaire").then().body("modelVersion", equalTo("2026.12.2"));
    }

    @Test
    void onlyAdministratorsManageVersions() {
        accounts.createIfAbsent("mona", "mona-password-1", "Default", Role.EDITOR);
        String editor = given().redirects().follow(false).formParam("j_username", "mona")
                .formParam("j_password", "mona-password-1").post("/j_security_check").then().statusCode(302)
                .extract().cookie(SignedInAsAdmin.COOKIE);
        given().cookie(SignedInAsAdmin.COOKIE, editor).get("/api/v1/models").then().statusCode(403)
                .contentType("application/problem+json");
        given().cookie(SignedInAsAdmin.COOKIE, editor).contentType(ContentType.JSON).post("/api/v1/models/2026.11.0/activation").then()
                .statusCode(403);
        given().cookie(SignedInAsAdmin.COOKIE, editor).accept(ContentType.HTML).get("/admin/models").then()
                .statusCode(403);
        assertThat(registry.active().version()).isEqualTo(TestModels.SHIPPED);
    }

    @Test
    void thePageListsVersionsAndShowsEveryProblemBesideTheUploadField() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).accept(ContentType.HTML).get("/admin/models").then().statusCode(200)
                .body(containsString("2026.11.0")).body(containsString("Upload a version")).extract().asString();
        String csrf = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        given().filter(cookies).accept(ContentType.HTML).multiPart("csrf-token", csrf)
                .multiPart("text", TestModels.invalid("2027.2.0-invalid")).post("/admin/models").then().statusCode(422)
                .body(containsString("id=\"model-error\"")).body(containsString("legal"))
                .body(containsString("aria-invalid=\"true\""));
        given().filter(cookies).redirects().follow(false).multiPart("csrf-token", csrf)
                .multiPart("file", "model.yaml", TestModels.changed("2026.12.3").getBytes(), "application/yaml")
                .post("/admin/models").then().statusCode(303);
        given().get("/api/v1/models/2026.12.3").then().statusCode(200).body("status", equalTo("draft"));
    }
}
