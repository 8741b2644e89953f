package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is one a client generator can use: named operations, their outcomes, a server. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdASuccessAndAClientErrorResponse() {
        JsonPath doc = given().get(com.procurementrisk.Management.url("/q/openapi?format=json")).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) value;
            Object id = op.get("operationId");
            if (id == null || !ids.add(id.toString())) {
                problems.add(method + " " + path + ": missing or repeated operationId " + id);
            }
            Set<String> codes = ((Map<String, Object>) op.get("responses")).keySet();
            if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
                problems.add(method + " " + path + ": no 2xx response");
            }
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
                problems.add(method + " " + path + ": no 4xx response");
            }
        }));
        assertThat(problems).isEmpty();
        // One schema per concept: no "Source1"-style duplicates.
        assertThat(doc.getMap("components.schemas").keySet()).noneMatch(name -> name.toString().matches(".*\\d$"));
        assertThat(doc.getList("servers.url")).containsExactly("/");
        // How to call it as an account is declared: saved assessments need one, scoring and shared links do not.
        assertThat(doc.getMap("components.securitySchemes").keySet())
                .containsExactlyInAnyOrder("personalToken", "session", "identityProvider");
        assertThat(doc.getList("security")).contains(Map.of());
        List<Map<String, Object>> account = List.of(Map.of("personalToken", List.of()), Map.of("session", List.of()),
                Map.of("identityProvider", List.of()));
        assertThat(doc.getList("paths.'/api/v1/assessments'.get.security")).containsExactlyInAnyOrderElementsOf(account);
        assertThat(doc.getList("paths.'/api/v1/compare'.get.security")).containsExactlyInAnyOrderElementsOf(account);
        assertThat(doc.getList("paths.'/api/v1/models'.post.security")).containsExactlyInAnyOrderElementsOf(account);
        // Every operation that needs an account says what refusing it looks like.
        doc.getMap("paths").forEach((path, ops) -> ((Map<?, ?>) ops).forEach((method, op) -> {
            if (((Map<?, ?>) op).get("security") != null) {
                assertThat(((Map<?, ?>) ((Map<?, ?>) op).get("responses")).keySet().stream().map(String::valueOf))
                        .as(method + " " + path).contains("401", "403");
            }
        }));
        assertThat(doc.getList("paths.'/api/v1/score'.post.security")).isNull();
        assertThat(doc.getList("paths.'/api/v1/shared/{token}'.get.security")).isNull();
        assertThat(doc.getString("info.license.identifier")).isNotBlank();
    }

    /**
     * The examples in the document are what the API answers: the example requests are accepted, and every
     * object in an example response has exactly the fields of the live response to the same request.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theExamplesHaveTheShapeOfRealResponses() {
        JsonPath doc = given().get(com.procurementrisk.Management.url("/q/openapi?format=json")).then().statusCode(200).extract().jsonPath();
        Map<String, Object> examples = doc.getMap("components.examples");
        java.util.function.Function<String, Object> value = name -> ((Map<String, Object>) examples.get(name)).get("value");
        List<String> problems = new ArrayList<>();

        Object score = given().contentType("application/json").body(value.apply("ScoreRequest"))
                .post("/api/v1/score").then().statusCode(200).extract().as(Object.class);
        sameShape("ScoreResponse", value.apply("ScoreResponse"), score, problems);

        Map<String, Object> invalid = new java.util.HashMap<>((Map<String, Object>) value.apply("ScoreRequest"));
        invalid.put("answers", Map.of("timeline.go_live_months", -3));
        Object problem = given().contentType("application/json").body(invalid)
                .post("/api/v1/score").then().statusCode(400).extract().as(Object.class);
        sameShape("InvalidAnswers", value.apply("InvalidAnswers"), problem, problems);

        var created = given().contentType("application/json").body(value.apply("AssessmentRequest"))
                .post("/api/v1/assessments").then().statusCode(201).extract();
        sameShape("AssessmentResponse", value.apply("AssessmentResponse"), created.as(Object.class), problems);
        String id = created.path("id");
        Map<String, Object> revised = new java.util.HashMap<>((Map<String, Object>) value.apply("AssessmentRequest"));
        Map<String, Object> answers = new java.util.HashMap<>((Map<String, Object>) revised.get("answers"));
        answers.put("data.residency", "none");
        revised.put("answers", answers);
        revised.put("version", created.path("version"));
        given().contentType("application/json").body(revised).put("/api/v1/assessments/" + id).then().statusCode(200);

        sameShape("Comparison", value.apply("Comparison"), given().get("/api/v1/compare?left=" + id + ":1&right="
                + id + ":2").then().statusCode(200).extract().as(Object.class), problems);
        sameShape("AssessmentPage", value.apply("AssessmentPage"),
                given().get("/api/v1/assessments?size=1").then().statusCode(200).extract().as(Object.class), problems);
        assertThat(problems).isEmpty();
    }

    /** Objects have the same field names all the way down (the first item of a list stands for all). */
    @SuppressWarnings("unchecked")
    private static void sameShape(String path, Object example, Object live, List<String> problems) {
        if (example instanceof Map<?, ?> e && live instanceof Map<?, ?> l) {
            if (!e.keySet().equals(l.keySet())) {
                problems.add(path + ": example has " + e.keySet() + ", the API answers " + l.keySet());
                return;
            }
            // Answer maps and the like are keyed by data, not by schema: only their values' shapes matter.
            e.forEach((k, v) -> sameShape(path + "." + k, v, l.get(k), problems));
        } else if (example instanceof List<?> e && live instanceof List<?> l) {
            if (!e.isEmpty() && !l.isEmpty()) {
                sameShape(path + "[0]", e.get(0), l.get(0), problems);
            }
        } else if (example != null && live != null && (example instanceof Map || example instanceof List
                || live instanceof Map || live instanceof List)) {
            problems.add(path + ": example is " + example.getClass().getSimpleName() + ", the API answers "
                    + live.getClass().getSimpleName());
        }
    }
}
