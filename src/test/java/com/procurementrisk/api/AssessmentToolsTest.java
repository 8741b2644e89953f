package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Export and import, CSV, comparison and re-scoring of saved assessments. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
public class AssessmentToolsTest {

    static String save(String title, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(AssessmentApiTest.request(title, answers))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void anExportImportsBackToAnIdenticalAssessment() {
        String id = save("Exported", ScoringResourceTest.answers());
        int version = given().get("/api/v1/assessments/" + id).jsonPath().getInt("version");
        Map<String, Object> revise = AssessmentApiTest.request(null, ScoringResourceTest.answers());
        revise.put("version", version);
        revise.put("note", "second thoughts");
        given().contentType(ContentType.JSON).body(revise).put("/api/v1/assessments/" + id).then().statusCode(200);

        String export = given().get("/api/v1/assessments/" + id + "/export").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment")).extract().asString();
        String copy = given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports")
                .then().statusCode(201).extract().path("id");

        JsonPath original = given().get("/api/v1/assessments/" + id).jsonPath();
        JsonPath imported = given().get("/api/v1/assessments/" + copy).jsonPath();
        assertThat(copy).isNotEqualTo(id);
        for (String field : List.of("title", "revision", "latestRevision", "modelVersion", "scenario", "note",
                "answers", "result")) {
            assertThat((Object) imported.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(given().get("/api/v1/assessments/" + copy + "/revisions").jsonPath().getList("note"))
                .isEqualTo(given().get("/api/v1/assessments/" + id + "/revisions").jsonPath().getList("note"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportMustNameAModelVersionKnownHereAndStayAsSmallAsASave() {
        String id = save("Known versions", ScoringResourceTest.answers());
        Map<String, Object> export = given().get("/api/v1/assessments/" + id + "/export").as(Map.class);
        Map<String, Object> result = (Map<String, Object>) ((List<Map<String, Object>>) export.get("revisions"))
                .get(0).get("result");
        long before = given().get("/api/v1/assessments").jsonPath().getLong("total");

        // A version from another deployment: refused with what to do, nothing stored.
        result.put("modelVersion", "2027.01.0-elsewhere");
        given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("revisions[0].result.modelVersion")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("upload that version"));

        // Texts that are not the model's (here every rationale replaced by a different long text)
        // would have to be stored with the revision: refused over 16 KiB.
        result.put("modelVersion", "2026.12.0");
        int[] n = {0};
        replaceTexts(result, "rationale", () -> "Rewritten rationale number " + (n[0]++) + ": "
                + java.util.stream.IntStream.range(0, 10).mapToObj(i -> java.util.UUID.randomUUID().toString())
                .collect(java.util.stream.Collectors.joining(" ")));
        given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports").then()
                .statusCode(400).body("errors.field", equalTo(List.of("revisions[0].result")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Too large to store"));
        assertThat(given().get("/api/v1/assessments").jsonPath().getLong("total")).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static void replaceTexts(Object node, String field, java.util.function.Supplier<String> text) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getKey().equals(field) && e.getValue() instanceof String) {
                    e.setValue(text.get());
                } else {
                    replaceTexts(e.getValue(), field, text);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(child -> replaceTexts(child, field, text));
        }
    }

    @Test
    void somethingThatIsNotAnExportIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("format", "x", "revisions", List.of()))
                .post("/api/v1/assessments/imports").then().statusCode(400)
                .body("errors.field", equalTo(List.of("format", "revisions")));
    }

    @Test
    void contributionsExportAsCsvThatAddsUpToTheScores() {
        String id = save("Csv", ScoringResourceTest.answers());
        String csv = given().get("/api/v1/assessments/" + id + "/contributions.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("model_version,scenario,pathway,rank,dimension");
        JsonPath saved = given().get("/api/v1/assessments/" + id).jsonPath();
        int factors = saved.getList("result.pathways.contractual.factors.flatten()").size()
                + saved.getList("result.pathways.availability.factors.flatten()").size();
        assertThat(lines).hasSize(factors + 1);
        assertThat(csv).contains("Litigation and headline risk,").contains("Your legal team would block");
        // Each row says whether the pathway can deliver what was asked and whether the factor concerns the buyer.
        assertThat(lines[0]).endsWith(",viability,applies");
        assertThat(lines[1]).matches(".*,(viable|partial|not_viable),(true|false)$");
        assertThat(csv).contains(",not_viable,").contains(",false");
    }

    @Test
    void twoAssessmentsAreComparedSideBySide() {
        String cautious = save("Cautious", ScoringResourceTest.answers());
        Map<String, Object> bold = ScoringResourceTest.answers();
        bold.put("legal.risk_appetite", "high");
        bold.put("data.residency", "us");
        String daring = save("Bold", bold);

        given().get("/api/v1/compare?left=" + cautious + "&right=" + daring + ":1").then().statusCode(200)
                .body("left.title", equalTo("Cautious")).body("right.title", equalTo("Bold"))
                .body("diff.pathways.size()", equalTo(4))
                // One band and viability casing everywhere, as in the score response.
                .body("diff.pathways[0].right.overallBand", org.hamcrest.Matchers.isOneOf("low", "moderate", "high", "critical"))
                .body("diff.pathways[0].right.viability", org.hamcrest.Matchers.isOneOf("viable", "partial", "not_viable"))
                .body("diff.factors.factor", hasItem("litigation_headline_risk"))
                // The changed inputs are named, each as an answer change; the same model and scenario are not.
                .body("inputs.kind", everyItem(equalTo("answer")))
                .body("inputs.question", equalTo(List.of("data.residency", "legal.risk_appetite")))
                .body("inputs.find { it.question == 'legal.risk_appetite' }.right", equalTo("high"));
        given().get("/api/v1/compare?left=" + cautious + "&right=" + cautious).then().statusCode(200)
                .body("inputs", org.hamcrest.Matchers.empty());
        given().get("/api/v1/compare?left=nonsense").then().statusCode(400)
                .body("errors.field", equalTo(List.of("left", "right")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rescoringAnOlderModelsResultSeparatesModelChangesFromAnswerChanges() {
        // Saved while the older shipped version was active.
        String id = com.procurementrisk.models.TestModels.whileActive("2026.11.0",
                () -> save("Old model", ScoringResourceTest.answers()));
        Map<String, Object> export = given().get("/api/v1/assessments/" + id + "/export").as(Map.class);
        Map<String, Object> revision = ((List<Map<String, Object>>) export.get("revisions")).get(0);
        Map<String, Object> result = (Map<String, Object>) revision.get("result");
        assertThat(result.get("modelVersion")).isEqualTo("2026.11.0");
        Map<String, Object> azure = ((List<Map<String, Object>>) result.get("pathways")).stream()
                .filter(p -> p.get("pathway").equals("azure_api")).findFirst().orElseThrow();
        ((Map<String, Object>) azure.get("contractual")).put("score", 1.0);
        Map<String, Object> first = ((List<Map<String, Object>>) ((Map<String, Object>) azure.get("contractual"))
                .get("factors")).stream().filter(f -> f.get("id").equals("counterparty_change_of_control"))
                .findFirst().orElseThrow();
        first.put("contribution", 2.5);
        String old = given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports").then()
                .statusCode(201).body("modelVersion", equalTo("2026.11.0")).extract().path("id");
        int version = given().get("/api/v1/assessments/" + old).jsonPath().getInt("version");

        Map<String, Object> changed = ScoringResourceTest.answers();
        changed.put("legal.risk_appetite", "high");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("answers", changed);
        JsonPath rescored = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/assessments/" + old + "/rescore").then().statusCode(200)
                .body("previousModelVersion", equalTo("2026.11.0"))
                .body("assessment.modelVersion", equalTo("2026.12.0"))
                .body("assessment.revision", equalTo(2)).extract().jsonPath();

        assertThat(rescored.getList("modelChanges.factors.factor")).contains((String) first.get("id"));
        assertThat(rescored.getList("answerChanges.factors.factor")).contains("litigation_headline_risk");

        given().contentType(ContentType.JSON).body(body).post("/api/v1/assessments/" + old + "/rescore").then()
                .statusCode(409);
    }
}
