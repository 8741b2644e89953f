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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
public class ScoringResourceTest {

    static final String PROBLEM = "application/problem+json";

    public static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("estate.clouds", List.of("azure", "aws"));
        answers.put("estate.primary_cloud", "azure");
        answers.put("estate.azure_commitment", "committed_spend");
        answers.put("estate.aws_commitment", "pay_as_you_go");
        answers.put("multicloud.maturity", "some");
        answers.put("products.intended", List.of("stateless_api", "frontier_agents"));
        answers.put("workload.criticality", "customer_facing");
        answers.put("data.residency", "eu");
        answers.put("data.regulated", List.of("financial"));
        answers.put("legal.risk_appetite", "low");
        answers.put("timeline.go_live_months", 6);
        answers.put("spend.annual_ai_usd", 2_000_000);
        return answers;
    }

    static Map<String, Object> body(Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        return body;
    }

    @Test
    void theQuestionnaireListsTheContractQuestionsWithChoicesAndConditions() {
        given().when().get("/api/v1/questionnaire").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("modelVersion", notNullValue())
                .body("sections.questions.flatten().id", hasItems("estate.clouds", "estate.primary_cloud",
                        "estate.azure_commitment", "estate.aws_commitment", "products.intended",
                        "workload.criticality", "data.residency", "data.regulated", "timeline.go_live_months",
                        "legal.risk_appetite", "multicloud.maturity", "spend.annual_ai_usd"))
                .body("sections.questions.flatten().find { it.id == 'estate.clouds' }.choices.id",
                        equalTo(List.of("azure", "aws", "gcp", "oci", "on_prem")))
                .body("sections.questions.flatten().find { it.id == 'estate.azure_commitment' }.condition.question",
                        equalTo("estate.clouds"))
                .body("sections.questions.flatten().find { it.id == 'timeline.go_live_months' }.max", equalTo(60));
    }

    @Test
    void theScenariosHaveOneDefaultAndProbabilitiesSummingToOne() {
        JsonPath json = given().when().get("/api/v1/scenarios").then().statusCode(200)
                .body("scenarios", hasSize(greaterThanOrEqualTo(6)))
                .body("scenarios.findAll { it.default }", hasSize(1))
                .body("scenarios.id", hasItem("formal_legal_claim_filed"))
                .body("scenarios.sources.flatten().date", everyItem(notNullValue()))
                .extract().jsonPath();
        double sum = json.getList("scenarios.probability", Double.class).stream().mapToDouble(d -> d).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.getString("defaultScenario")).isEqualTo(json.getString("scenarios.find { it.default }.id"));
    }

    @Test
    void scoringExplainsEveryPathwayAndEveryScenario() {
        JsonPath json = given().contentType(ContentType.JSON).body(body(answers()))
                .when().post("/api/v1/score").then().statusCode(200)
                .body("pathways.pathway", hasItems("azure_api", "aws_frontier", "multi_cloud", "openai_direct"))
                .body("pathways.rank", equalTo(List.of(1, 2, 3, 4)))
                .body("pathways[0].contractual.band", notNullValue())
                .body("pathways[0].availability.factors[0].sources[0].url", containsString("http"))
                .body("recommendations", hasSize(greaterThanOrEqualTo(1)))
                .extract().jsonPath();

        for (int p = 0; p < 4; p++) {
            for (String dimension : List.of("contractual", "availability")) {
                String at = "pathways[" + p + "]." + dimension;
                double score = json.getDouble(at + ".score");
                double sum = json.getList(at + ".factors.contribution", Double.class).stream().mapToDouble(d -> d).sum();
                assertThat(sum).as(at).isCloseTo(score, org.assertj.core.data.Offset.offset(0.1));
            }
        }
        // Advice comes grouped by pathway, the recommended pathway's first; by priority within a group.
        assertThat(json.getString("recommendations[0].pathway")).isIn(json.getString("pathways[0].pathway"), "all");
        List<String> groups = json.getList("recommendations.pathway", String.class);
        List<Integer> priorities = json.getList("recommendations.priority", Integer.class);
        for (int i = 0; i + 1 < groups.size(); i++) {
            if (groups.get(i).equals(groups.get(i + 1))) {
                assertThat(priorities.get(i)).isLessThanOrEqualTo(priorities.get(i + 1));
            }
        }
        assertThat(json.getList("scenarios.scenario")).hasSize(json.getList("scenarios.pathways").size())
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(json.getList("expected.pathway")).hasSize(4);
        assertThat(json.getList("worstCase.pathway")).hasSize(4);
    }

    @Test
    void eachPathwaySaysWhetherItCanDeliverWhatWasAskedAndWhatItSells() {
        Map<String, Object> chatOnly = answers();
        chatOnly.put("products.intended", List.of("chatgpt_enterprise"));
        chatOnly.put("data.residency", "none");
        JsonPath json = given().contentType(ContentType.JSON).body(body(chatOnly))
                .when().post("/api/v1/score").then().statusCode(200)
                .body("pathways[0].pathway", equalTo("openai_direct"))
                .body("pathways[0].viability.status", equalTo("viable"))
                .body("pathways[0].viability.reasons", hasSize(0))
                .body("pathways.find { it.pathway == 'azure_api' }.viability.status", equalTo("not_viable"))
                .body("pathways.find { it.pathway == 'azure_api' }.viability.reasons[0].code",
                        equalTo("product_unavailable"))
                .body("pathways.find { it.pathway == 'azure_api' }.viability.reasons[0].message", notNullValue())
                .body("pathways.find { it.pathway == 'azure_api' }.viability.reasons[0].sources[0].url",
                        containsString("http"))
                .body("pathways.find { it.pathway == 'azure_api' }.coverage", hasSize(1))
                .body("pathways.find { it.pathway == 'azure_api' }.coverage[0].product", equalTo("chatgpt_enterprise"))
                .body("pathways.find { it.pathway == 'azure_api' }.coverage[0].status", equalTo("unavailable"))
                .body("pathways.find { it.pathway == 'azure_api' }.coverage[0].insteadVia", equalTo(List.of("openai_direct")))
                .body("pathways.find { it.pathway == 'azure_api' }.coverage[0].note", notNullValue())
                .extract().jsonPath();

        assertThat(json.getList("pathways.viability.status")).containsExactly("viable", "not_viable", "not_viable",
                "not_viable");
    }

    @Test
    void everySourceCarriesItsPublisherKindAndDates() {
        JsonPath scored = given().contentType(ContentType.JSON).body(body(answers())).post("/api/v1/score")
                .then().statusCode(200).extract().jsonPath();
        JsonPath scenarios = given().get("/api/v1/scenarios").then().statusCode(200).extract().jsonPath();

        for (JsonPath json : List.of(scored, scenarios)) {
            String path = json == scored ? "pathways.contractual.factors.flatten().sources.flatten()"
                    : "scenarios.sources.flatten()";
            List<Map<String, Object>> sources = json.getList(path);
            assertThat(sources).isNotEmpty().allSatisfy(s -> {
                assertThat(s).containsKeys("title", "url", "date", "publisher", "kind", "published", "accessed",
                        "readVia");
                assertThat(s.get("kind")).isIn("primary", "secondary", "commentary");
                assertThat(s.get("accessed")).isNotNull();
                if ("confirmed".equals(s.get("confidence"))) {
                    assertThat(s.get("kind")).isEqualTo("primary");
                }
            });
            assertThat(sources).anySatisfy(s -> assertThat(s.get("readVia")).isNotNull());
        }
    }

    @Test
    void theSameRequestAlwaysGivesTheSameResponse() {
        String first = given().contentType(ContentType.JSON).body(body(answers())).post("/api/v1/score").asString();
        String second = given().contentType(ContentType.JSON).body(body(answers())).post("/api/v1/score").asString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFiledLegalClaimRaisesFrontierContractualRisk() {
        Map<String, Object> claim = body(answers());
        claim.put("scenario", "formal_legal_claim_filed");

        float baseline = given().contentType(ContentType.JSON).body(body(answers())).post("/api/v1/score")
                .jsonPath().getFloat("pathways.find { it.pathway == 'aws_frontier' }.contractual.score");
        float filed = given().contentType(ContentType.JSON).body(claim).post("/api/v1/score").then()
                .body("scenario", equalTo("formal_legal_claim_filed"))
                .extract().jsonPath().getFloat("pathways.find { it.pathway == 'aws_frontier' }.contractual.score");

        assertThat(filed).isGreaterThan(baseline);
    }

    @Test
    void invalidAnswersAreAllNamedInOneProblem() {
        Map<String, Object> answers = answers();
        answers.put("estate.unknown", true);
        answers.put("estate.clouds", List.of("azure", "mainframe"));
        answers.put("timeline.go_live_months", 99);
        answers.put("legal.risk_appetite", 3);
        answers.remove("workload.criticality");

        given().contentType(ContentType.JSON).body(body(answers)).when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid input"))
                .body("type", notNullValue())
                .body("detail", notNullValue())
                .body("errors.field", hasItems("answers.estate.unknown", "answers.estate.clouds",
                        "answers.timeline.go_live_months", "answers.legal.risk_appetite",
                        "answers.workload.criticality"));
    }

    @Test
    void anUnknownScenarioIsABadRequest() {
        Map<String, Object> body = body(answers());
        body.put("scenario", "alien_invasion");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("scenario")))
                .body("errors[0].message", containsString("alien_invasion"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"answers\": {\"estate.clouds\": [\"azure\"").when()
                .post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body(org.hamcrest.Matchers.not(containsString("jackson")));
    }

    @Test
    void answersOfTheWrongShapeAreABadRequest() {
        given().contentType(ContentType.JSON).body("{\"answers\": [1, 2]}").when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body("{\"answerz\": {}}").when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answerz"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answers"));
        given().contentType(ContentType.JSON).when().post("/api/v1/score").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"answers\": {\"estate.clouds\": [\"" + "a".repeat(300 * 1024) + "\"]}}";

        given().contentType(ContentType.JSON).body(huge).when().post("/api/v1/score").then()
                .statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void sensitivityIsComputedOnlyWhenAskedFor() {
        Map<String, Object> asked = body(answers());
        asked.put("include", List.of("sensitivity"));

        given().contentType(ContentType.JSON).body(body(answers())).post("/api/v1/score").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("sensitivity")));
        given().contentType(ContentType.JSON).body(asked).post("/api/v1/score").then().statusCode(200)
                .body("sensitivity.answerChanges", notNullValue())
                .body("sensitivity.scenarioChanges", notNullValue());
    }

    @Test
    void anUnknownAnalysisIsABadRequestNamedWithTheOtherBadFields() {
        Map<String, Object> answers = answers();
        answers.put("workload.criticality", "sometimes");
        Map<String, Object> asked = body(answers);
        asked.put("include", List.of("sensitivity", "exposure", "crystal_ball"));

        given().contentType(ContentType.JSON).body(asked).post("/api/v1/score").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", equalTo(List.of("include[2]", "answers.workload.criticality")));
    }

    @Test
    void anAnalysisTheContractNamesButThisVersionLacksIsReportedNotRefused() {
        Map<String, Object> asked = body(answers());
        asked.put("include", List.of("exposure"));

        given().contentType(ContentType.JSON).body(asked).post("/api/v1/score").then().statusCode(200)
                .body("unavailableAnalyses", equalTo(List.of("exposure")));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413Too() throws Exception {
        byte[] huge = ("{\"answers\": {\"estate.clouds\": [\"" + "a".repeat(300 * 1024) + "\"]}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // A body publisher of unknown length makes the client send the body chunked, without Content-Length.
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/api/v1/score"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();

        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    }

    @Test
    void anUnknownAddressIsAProblem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void theOpenApiDocumentDescribesTheScoreEndpointWithAnExample() {
        given().queryParam("format", "json").when().get(com.procurementrisk.Management.url("/q/openapi")).then().statusCode(200)
                .body("paths.'/api/v1/score'.post.requestBody.content.'application/json'.schema.'$ref'",
                        containsString("ScoreRequest"))
                .body("components.schemas.ScoreRequest.examples[0].answers", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }

    @Test
    void healthIsUp() {
        given().when().get(com.procurementrisk.Management.url("/q/health")).then().statusCode(200).body("status", equalTo("UP"));
    }
}
