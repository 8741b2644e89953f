package com.procurementrisk.limits;

import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Imports are worked on a few at a time: while one import's body is still arriving, a second is
 * refused at once with 503 and Retry-After (its body is never read), and the slot is free again
 * as soon as the first connection ends. One slot here (advisor.api.concurrent-imports).
 */
@QuarkusTest
@TestProfile(ImportSlotsTest.OneImportAtATime.class)
@ExtendWith(SignedInAsAdmin.class)
class ImportSlotsTest {

    public static class OneImportAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.api.concurrent-imports", "1");
        }
    }

    @Test
    void aSecondImportWaitsForTheFirstAndNothingIsLost() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Slots", ScoringResourceTest.answers())).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String export = given().get("/api/v1/assessments/" + id + "/export").then().statusCode(200).extract().asString();
        byte[] body = export.getBytes(StandardCharsets.UTF_8);
        long before = given().get("/api/v1/assessments").jsonPath().getLong("total");

        try (Socket slow = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = slow.getOutputStream();
            // An import whose body has not all arrived: it holds the one slot.
            out.write(("POST /api/v1/assessments/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Cookie: " + SignedInAsAdmin.COOKIE + "=" + SignedInAsAdmin.session() + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();

            Response refused = importing(export);
            for (int i = 0; i < 50 && refused.statusCode() == 201; i++) {
                // The first request may not have reached the server's filters yet: that import went
                // through; try again until the slow one holds the slot.
                refused = importing(export);
            }
            refused.then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("/problems/busy")).body("detail", containsString("imports"));
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        }
        // The slow client went away: the slot is given back, and the next import is stored whole.
        Response stored = importing(export);
        for (int i = 0; i < 100 && stored.statusCode() == 503; i++) {
            Thread.onSpinWait();
            stored = importing(export);
        }
        stored.then().statusCode(201).body("title", equalTo("Slots"));
        assertThat(given().get("/api/v1/assessments").jsonPath().getLong("total")).isGreaterThan(before);
    }

    @Test
    void anAnonymousImportIsRefusedWith401BeforeItsBodyIsSent() throws Exception {
        try (Socket anonymous = new Socket("127.0.0.1", RestAssured.port)) {
            anonymous.setSoTimeout(20_000);
            // 14 MiB declared (under the import limit), 100 bytes sent: a server that read the body
            // before refusing would wait for the rest and answer nothing within the timeout.
            OutputStream out = anonymous.getOutputStream();
            out.write(("POST /api/v1/assessments/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nContent-Length: " + 14 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("{\"format\":\"x\",\"revisions\":[".repeat(4).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(anonymous.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            assertThat(in.readLine()).startsWith("HTTP/1.1 401");
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line.toLowerCase(Locale.ROOT)).append('\n');
            }
            assertThat(head).contains("content-type: application/problem+json").contains("www-authenticate: bearer");
        }
    }

    private static Response importing(String export) {
        return given().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports");
    }
}
