package com.procurementrisk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** What keeps responses small: the summary form, ETags on the model's documents, compression. */
@QuarkusTest
class ResponseSizeTest {

    private static Map<String, Object> request(String detail) {
        Map<String, Object> body = new HashMap<>(ScoringResourceTest.body(ScoringResourceTest.answers()));
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    private static Response score(String detail) {
        return given().contentType("application/json").body(request(detail)).when().post("/api/v1/score")
                .then().statusCode(200).extract().response();
    }

    /** A client that neither asks for nor decodes compressed bodies, so that what was sent can be seen. */
    private static RequestSpecification raw() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void theScoreIsCompleteByDefaultWithRationaleAnswersAndSourcesOnEveryFactor() {
        JsonPath full = score(null).jsonPath();
        List<Map<String, Object>> factors = full.getList("pathways.collect { it.contractual.factors + it.availability.factors }.flatten()");
        assertThat(factors).isNotEmpty().allSatisfy(f -> assertThat(f).containsKeys("rationale", "movedBy", "sources"));
        assertThat(full.getList("pathways.contractual.factors.flatten().sources.flatten().url")).isNotEmpty()
                .doesNotContainNull();
        assertThat(score("full").asString()).isEqualTo(score(null).asString());
    }

    @Test
    void theSummaryKeepsEveryScoreRankAndRecommendationButLeavesOutTheExplanations() {
        Response full = score(null);
        Response summary = score("summary");
        JsonPath f = full.jsonPath();
        JsonPath s = summary.jsonPath();
        for (String path : List.of("pathways.pathway", "pathways.rank", "pathways.overall", "pathways.contractual.score",
                "pathways.availability.band", "pathways.viability.status", "pathways.coverage.status",
                "pathways.contractual.factors.flatten().id", "pathways.availability.factors.flatten().contribution",
                "recommendations", "scenarios", "expected", "worstCase")) {
            assertThat(s.getList(path)).as(path).isEqualTo(f.getList(path));
        }
        String text = summary.asString();
        assertThat(text).doesNotContain("\"rationale\"", "\"movedBy\"", "\"sources\"", "\"url\"");
        assertThat(summary.asByteArray().length).isLessThan(full.asByteArray().length / 5);
    }

    @Test
    void aCompleteScoreIsSentWholeWithItsLength() {
        Response full = raw().contentType("application/json").body(request(null)).when().post("/api/v1/score")
                .then().statusCode(200).extract().response();
        assertThat(full.header("Transfer-Encoding")).as("sent in chunks").isNull();
        assertThat(full.header("Content-Length")).isEqualTo(String.valueOf(full.asByteArray().length));
        assertThat(full.asByteArray().length).as("a complete answer is the large case").isGreaterThan(100_000);
    }

    @Test
    void anUnknownDetailIsRefusedNamingTheField() {
        given().contentType("application/json").body(request("everything")).when().post("/api/v1/score")
                .then().statusCode(400).contentType(ScoringResourceTest.PROBLEM)
                .body("errors.field", hasItem("detail"));
    }

    @Test
    void theScenariosAndTheQuestionnaireAnswer304ToTheirOwnETag() {
        for (String path : List.of("/api/v1/scenarios", "/api/v1/questionnaire")) {
            Response first = given().when().get(path).then().statusCode(200).header("ETag", notNullValue())
                    .header("Cache-Control", "no-cache").extract().response();
            String tag = first.header("ETag");
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304)
                    .header("ETag", equalTo(tag)).body(emptyString());
            given().header("If-None-Match", "W/\"something-else\"").when().get(path).then().statusCode(200)
                    .body(equalTo(first.asString()));
        }
    }

    @Test
    void responsesAreGzippedWhenTheClientAcceptsItAndPlainOtherwise() throws IOException {
        Response plain = raw().contentType("application/json").body(request(null)).when().post("/api/v1/score");
        assertThat(plain.header("Content-Encoding")).isNull();
        Response zipped = raw().header("Accept-Encoding", "gzip").contentType("application/json").body(request(null))
                .when().post("/api/v1/score");
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.asByteArray().length).isLessThan(plain.asByteArray().length / 3);
        assertThat(gunzip(zipped.asByteArray())).isEqualTo(plain.asString());

        for (Response other : List.of(
                raw().header("Accept-Encoding", "gzip").when().get("/api/v1/scenarios"),
                raw().header("Accept-Encoding", "gzip").contentType("application/json").body("{\"answers\": 1}")
                        .when().post("/api/v1/score"))) {
            assertThat(other.header("Content-Encoding")).as(other.contentType()).isEqualTo("gzip");
            assertThat(gunzip(other.asByteArray())).isNotBlank();
        }
        // Pages carry the CSRF token beside what the user typed: never compressed (BREACH).
        Response page = raw().header("Accept-Encoding", "gzip").header("Accept", "text/html").when().get("/");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Encoding")).isNotEqualTo("gzip");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aProblemAnswerIsStillPlainJsonWithoutAcceptEncoding() {
        raw().contentType("application/json").body("{\"answers\": 1}").when().post("/api/v1/score")
                .then().statusCode(400).header("Content-Encoding", nullValue());
    }
}
