package com.procurementrisk.problem;

import com.procurementrisk.Management;
import com.procurementrisk.SignedInAsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share tokens are credentials: when a page under a share link fails, or a request to one is
 * refused before it reaches its page, neither the log nor the Prometheus metrics show the token.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class SecretsInLogsAndMetricsTest {

    @Test
    void aFailingSharePageLeavesNoTokenInTheLogOrTheMetrics() {
        String token = HostileInputTest.share(HostileInputTest.saved());
        try (CapturedLog log = CapturedLog.open()) {
            given().accept("text/html").get("/shared/" + token + "/failing").then().statusCode(500);
            given().accept("text/html").get("/shared/" + token + "/failing-route").then().statusCode(500);
            given().get("/shared/" + token + "/failing-route").then().statusCode(500)
                    .contentType(ProblemDetail.MEDIA_TYPE);
            // Refused before any route: no template to report.
            given().header("Accept", "text/html;q=").get("/shared/" + token + "/report.pdf").then().statusCode(400);
            given().get("/shared/" + token + "/report.pdf").then().statusCode(200);
            given().get("/api/v1/shared/" + token).then().statusCode(200);

            assertThat(log.text()).contains("Unexpected failure on /shared/***/failing")
                    .contains("Unexpected failure on /shared/***/failing-route").doesNotContain(token);
        }
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/shared/{token}/report.pdf\"").contains("uri=\"/api/v1/shared/{token}\"")
                .doesNotContain(token);
    }
}
