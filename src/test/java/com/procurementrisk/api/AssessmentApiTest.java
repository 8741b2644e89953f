package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Saving, revising and sharing assessments through the API. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
public class AssessmentApiTest {

    static final String PROBLEM = ScoringResourceTest.PROBLEM;

    public static Map<String, Object> request(String title, Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("answers", answers);
        return body;
    }

    static ValidatableResponse create(String title) {
        return given().contentType(ContentType.JSON).body(request(title, ScoringResourceTest.answers()))
                .when().post("/api/v1/assessments").then();
    }

    @Test
    void aSavedAssessmentKeepsItsAnswersModelVersionAndResult() {
        String location = create("EU claims assistant").statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .body("revision", equalTo(1))
                .body("result.pathways.size()", equalTo(4))
                .extract().header("Location");
        float saved = given().contentType(ContentType.JSON).body(Map.of("answers", ScoringResourceTest.answers()))
                .post("/api/v1/score").jsonPath().getFloat("pathways[0].overall.score");

        given().when().get(location).then().statusCode(200)
                .body("title", equalTo("EU claims assistant"))
                .body("modelVersion", equalTo("2026.12.0"))
                .body("answers.'estate.clouds'", equalTo(List.of("azure", "aws")))
                .body("result.pathways[0].overall.score", equalTo(saved));
    }

    @Test
    void anUnknownAssessmentIs404() {
        given().when().get("/api/v1/assessments/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void invalidAnswersSaveNothing() {
        long before = given().get("/api/v1/assessments?size=1").jsonPath().getLong("total");
        Map<String, Object> answers = ScoringResourceTest.answers();
        answers.put("workload.criticality", "sometimes");

        given().contentType(ContentType.JSON).body(request("Broken", answers)).when().post("/api/v1/assessments")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("answers.workload.criticality"));

        assertThat(given().get("/api/v1/assessments?size=1").jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void editingCreatesARevisionAndEveryRevisionCanBeOpened() {
        String id = create("Revisions").statusCode(201).extract().path("id");
        int version = given().get("/api/v1/assessments/" + id).jsonPath().getInt("version");
        Map<String, Object> changed = ScoringResourceTest.answers();
        changed.put("data.residency", "us");
        Map<String, Object> body = request(null, changed);
        body.put("version", version);
        body.put("note", "US processing is acceptable after all");

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/assessments/" + id).then()
                .statusCode(200).body("revision", equalTo(2)).body("title", equalTo("Revisions"));

        given().get("/api/v1/assessments/" + id + "/revisions").then().statusCode(200)
                .body("revision", equalTo(List.of(2, 1)))
                .body("[0].note", equalTo("US processing is acceptable after all"));
        given().get("/api/v1/assessments/" + id + "/revisions/1").then().statusCode(200)
                .body("answers.'data.residency'", equalTo("eu")).body("latestRevision", equalTo(2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSaveBasedOnAStaleVersionIsA409AndOverwritesNothing() {
        String id = create("Concurrent").statusCode(201).extract().path("id");
        int version = given().get("/api/v1/assessments/" + id).jsonPath().getInt("version");
        Map<String, Object> first = request(null, ScoringResourceTest.answers());
        first.put("version", version);
        Map<String, Object> second = request(null, ScoringResourceTest.answers());
        second.put("version", version);
        ((Map<String, Object>) second.get("answers")).put("legal.risk_appetite", "high");

        given().contentType(ContentType.JSON).body(first).put("/api/v1/assessments/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(second).put("/api/v1/assessments/" + id).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("changed by someone else"));

        given().get("/api/v1/assessments/" + id).then().body("revision", equalTo(2))
                .body("answers.'legal.risk_appetite'", equalTo("low"));
    }

    @Test
    void aShareLinkIsReadOnlyAndStopsWorkingWhenRevoked() {
        String id = create("Shared").statusCode(201).extract().path("id");
        String token = given().contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(201)
                .extract().path("token");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        given().get("/api/v1/shared/" + token).then().statusCode(200)
                .body("title", equalTo("Shared")).body("$", not(hasKey("id"))).body("$", not(hasKey("version")))
                .body("result", notNullValue());
        given().get("/api/v1/shared/" + token.substring(1) + "x").then().statusCode(404).contentType(PROBLEM);

        given().contentType(ContentType.JSON).delete("/api/v1/assessments/" + id + "/shares/" + token).then().statusCode(204);
        given().get("/api/v1/shared/" + token).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aShareLinkCanCarryALastDayButNotOneThatHasPassed() {
        String id = create("Expiring").statusCode(201).extract().path("id");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        given().contentType(ContentType.JSON).body(Map.of("expiresOn", "2020-01-01"))
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("expiresOn"));
        String token = given().contentType(ContentType.JSON).body(Map.of("expiresOn", today))
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(201)
                .body("expiresOn", equalTo(today)).body("expired", equalTo(false)).extract().path("token");
        given().get("/api/v1/shared/" + token).then().statusCode(200);
    }

    /** Moves a link's last day into the past in the database, so it runs in-process only. */
    @Test
    @io.quarkus.test.junit.DisabledOnIntegrationTest
    void aShareLinkPastItsLastDayAnswersLikeARevokedOne() {
        String id = create("Expired").statusCode(201).extract().path("id");
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("expiresOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(201).extract().path("token");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> com.procurementrisk.assessment.ShareLinkEntity
                .<com.procurementrisk.assessment.ShareLinkEntity>findById(token).expiresOn = java.time.LocalDate.now(
                        java.time.ZoneOffset.UTC).minusDays(1));
        given().get("/api/v1/shared/" + token).then().statusCode(404).contentType(PROBLEM);
        given().accept("text/html").get("/shared/" + token).then().statusCode(404);
        given().get("/api/v1/assessments/" + id + "/shares").then().statusCode(200)
                .body("find { it.token == '" + token + "' }.expired", equalTo(true));
    }

    @Test
    void anOverlongNoteOrATitleWithControlCharactersSavesNothing() {
        long before = given().get("/api/v1/assessments?size=1").jsonPath().getLong("total");
        Map<String, Object> longNote = request("Fine", ScoringResourceTest.answers());
        longNote.put("note", "x".repeat(501));

        given().contentType(ContentType.JSON).body(longNote).post("/api/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().contentType(ContentType.JSON).body(request("a\u0001b", ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(400).body("errors[0].field", equalTo("title"));
        assertThat(given().get("/api/v1/assessments?size=1").jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNotAnError() {
        given().get("/api/v1/assessments?page=2147483647&size=100").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void theListIsPagedAndRefusesABadPageSize() {
        create("Listed one").statusCode(201);
        create("Listed two").statusCode(201);

        given().get("/api/v1/assessments?page=0&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
        given().get("/api/v1/assessments?size=1000").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        given().get("/api/v1/assessments?page=-1&size=0").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("page", "size")));
        // A value that is not a number at all is refused before anything runs, as a 400 (not JAX-RS' 404).
        given().get("/api/v1/assessments?page=abc").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-input"));
    }

    @Test
    void anAddressValueOfTheWrongKindIsABadRequestNotAMissingPage() {
        String id = create("Kinds").statusCode(201).extract().path("id");
        for (String path : List.of("/api/v1/assessments/not-an-id", "/api/v1/assessments/" + id + "/revisions/abc",
                "/api/v1/assessments/" + id + "/contributions.csv?revision=abc")) {
            given().get(path).then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                    .body("detail", org.hamcrest.Matchers.containsString("not of the right kind"));
        }
        // A well-formed id that names nothing is still a 404.
        given().get("/api/v1/assessments/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }
}
