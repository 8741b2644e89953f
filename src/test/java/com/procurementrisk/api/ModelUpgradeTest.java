package com.procurementrisk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.scoring.AnswerReader;
import com.procurementrisk.scoring.ScoringEngine;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * An assessment scored under the previous model version (2026.11.0, three pathways, no
 * viability) still opens exactly as saved, and re-scoring it under 2026.12.0 explains what the
 * new model changed.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
public class ModelUpgradeTest {

    static final RiskModel PREVIOUS = ModelLoader.fromClasspath("risk-model/openai-procurement-2026.11.0.yaml");

    @Inject
    ObjectMapper json;

    /** The fields a result stored by the application of the 2026.11.0 era did not have. */
    static final List<String> NEWER_FIELDS = List.of("viability", "coverage", "applies", "kind", "published",
            "accessed", "readVia", "counterparty", "ask", "fallback", "why");

    @SuppressWarnings("unchecked")
    static Object asSavedThen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (!NEWER_FIELDS.contains(k)) {
                    copy.put(k, asSavedThen(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelUpgradeTest::asSavedThen).toList();
        }
        return value;
    }

    @Test
    void anAssessmentSavedUnderThePreviousModelOpensAsSavedAndRescoresWithTheChangesExplained() throws Exception {
        Map<String, Object> answers = ScoringResourceTest.answers();
        ScoringResult old = ScoringEngine.score(PREVIOUS, AnswerReader.read(PREVIOUS.questionnaire(), answers).answers(),
                PREVIOUS.defaultScenario());
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("revision", 1);
        revision.put("created", OffsetDateTime.of(2026, 10, 15, 9, 0, 0, 0, ZoneOffset.UTC));
        revision.put("modelVersion", old.modelVersion());
        revision.put("scenario", old.scenario());
        revision.put("answers", answers);
        revision.put("result", asSavedThen(json.convertValue(old, Map.class)));
        String export = json.writeValueAsString(Map.of("format", AssessmentExport.FORMAT, "title", "Saved in October",
                "revisions", List.of(revision)));

        String id = given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports").then()
                .statusCode(201).extract().path("id");

        // Exactly as saved: three pathways, the old scores, no viability.
        JsonPath saved = given().get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("modelVersion", equalTo("2026.11.0"))
                .body("result.pathways", hasSize(3)).extract().jsonPath();
        assertThat(saved.getDouble("result.pathways[0].overall.score")).isEqualTo(old.pathways().get(0).overall().score());
        given().accept(ContentType.HTML).get("/assessments/" + id).then().statusCode(200)
                .body(containsString("Risk model <strong>2026.11.0</strong>"))
                .body(not(containsString("Can each route deliver")))
                .body(containsString("Re-score under the current model"));
        given().get("/assessments/" + id + "/report.pdf").then().statusCode(200);

        // Re-scored: the new model's pathway, viability and retired factors are named as model changes.
        Map<String, Object> body = new HashMap<>();
        body.put("version", saved.getInt("version"));
        JsonPath rescored = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/assessments/" + id + "/rescore").then().statusCode(200)
                .body("previousModelVersion", equalTo("2026.11.0"))
                .body("assessment.modelVersion", equalTo("2026.12.0"))
                .body("assessment.result.pathways", hasSize(4))
                .extract().jsonPath();
        assertThat(rescored.getList("modelChanges.pathways.pathway")).contains("openai_direct");
        assertThat((Object) rescored.get("modelChanges.pathways.find { it.pathway == 'openai_direct' }.left")).isNull();
        assertThat(rescored.getString("modelChanges.pathways.find { it.pathway == 'azure_api' }.right.viability"))
                .isNotNull();
        assertThat(rescored.getList("modelChanges.factors.factor")).contains("stateless_stateful_classification");
        assertThat(rescored.getList("answerChanges.factors")).isEmpty();

        given().accept(ContentType.HTML).get("/assessments/" + id).then().statusCode(200)
                .body(containsString("Can each route deliver"))
                .body(containsString("OpenAI direct"));
        given().accept(ContentType.HTML).get("/assessments/" + id + "/revisions/1").then().statusCode(200)
                .body(containsString("Risk model <strong>2026.11.0</strong>"));
    }
}
