package com.procurementrisk;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values from the fuzz corpus sent everywhere input arrives: JSON answers and bodies, form
 * fields, the answer token of result links, path segments, query values, the Accept and
 * Content-Type headers, and imported exports. Whatever is sent, the application answers without
 * a server error; API refusals are problem+json; no markup sent comes back unescaped in a page.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class FuzzTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final List<String> failures = new ArrayList<>();
    /** The CSRF cookie of the form posts (the session cookie comes from SignedInAsAdmin). */
    private final CookieFilter cookies = new CookieFilter();

    @Test
    void noInputMakesTheApplicationFail() {
        List<String> corpus = Corpus.values();
        List<String> ids = given().get("/api/v1/questionnaire").then().statusCode(200).extract()
                .path("sections.questions.id.flatten()");
        String csrf = csrf();
        int i = 0;
        for (String v : Corpus.withVariations(11)) {
            String id = ids.get(i++ % ids.size());
            Map<String, Object> answers = new LinkedHashMap<>(ScoringResourceTest.answers());
            answers.put(id, v);
            check("score with " + id + "=" + shown(v), true, r -> r.contentType(ContentType.JSON)
                    .body(Map.of("answers", answers)).post("/api/v1/score"));
        }
        for (String v : corpus) {
            // (Values of every length go in bodies; in addresses, up to the length a server takes.)
            String encoded = URLEncoder.encode(v.length() > 1500 ? v.substring(0, 1500) : v, StandardCharsets.UTF_8);
            check("raw score body " + shown(v), true, r -> r.config(RAW).contentType(ContentType.JSON)
                    .body(v.getBytes(StandardCharsets.UTF_8)).post("/api/v1/score"));
            check("scenario " + shown(v), true, r -> r.contentType(ContentType.JSON)
                    .body(Map.of("answers", ScoringResourceTest.answers(), "scenario", v)).post("/api/v1/score"));
            check("saved id " + shown(v), true, r -> r.get("/api/v1/assessments/" + encoded));
            check("list query " + shown(v), true, r -> r.get("/api/v1/assessments?q=" + encoded + "&page=" + encoded));
            check("compare " + shown(v), true, r -> r.get("/api/v1/compare?left=" + encoded + "&right=" + encoded));
            check("shared token " + shown(v), true, r -> r.get("/api/v1/shared/" + encoded));
            check("result link " + shown(v), false, r -> r.accept("text/html").get("/results?a=" + encoded));
            check("shared page " + shown(v), false, r -> r.accept("text/html").get("/shared/" + encoded));
            check("step form " + shown(v), false, r -> r.accept("text/html").contentType(ContentType.URLENC)
                    .formParam("csrf-token", csrf).formParam("a", "").formParam("timeline.go_live_months", v)
                    .formParam("estate.clouds", v).post("/assess/1"));
            check("title form " + shown(v), false, r -> r.accept("text/html").contentType(ContentType.URLENC)
                    .formParam("csrf-token", csrf).formParam("a", v).formParam("title", v).post("/assessments"));
            if (!v.contains("\n") && !v.contains("\r") && !v.contains("\0") && v.length() < 1000) {
                check("Accept " + shown(v), true, r -> r.header("Accept", v).contentType(ContentType.JSON)
                        .body(Map.of("answers", ScoringResourceTest.answers())).post("/api/v1/score"));
                check("Content-Type " + shown(v), true, r -> r.config(RAW).header("Content-Type", v)
                        .body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/score"));
            }
        }
        for (String v : corpus) {
            Map<String, Object> request = AssessmentApiTest.request(v, ScoringResourceTest.answers());
            request.put("note", v);
            check("saved title " + shown(v), true, r -> r.contentType(ContentType.JSON).body(request)
                    .post("/api/v1/assessments"));
        }
        assertThat(failures).as("inputs the application failed on").isEmpty();
    }

    /** Sends one request (in the test's admin session) and notes what is wrong with the answer. */
    private void check(String what, boolean api, Function<RequestSpecification, Response> call) {
        Response r;
        try {
            r = call.apply(given().filter(cookies).redirects().follow(false));
        } catch (Exception e) {
            return; // the client could not even send it (e.g. an illegal header): nothing reached the app
        }
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        if (status >= 500) {
            failures.add(what + ": " + status);
        } else if (api && status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " as " + type + " (not problem+json)");
        } else if (type.startsWith("text/html") && r.asString().contains("<script>alert(1)</script>")) {
            failures.add(what + ": markup came back unescaped");
        }
    }

    private String csrf() {
        String page = given().filter(cookies).accept("text/html").get("/assess/1").then().statusCode(200).extract().asString();
        return page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
    }

    private static String shown(String v) {
        String s = v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v;
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0");
    }
}
