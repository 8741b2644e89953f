package com.procurementrisk;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

/**
 * Metrics, the OpenAPI document, Swagger UI and health are on the management interface only:
 * whoever reaches the public port does not see them.
 */
@QuarkusTest
class ManagementInterfaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/health", "/q/health/ready",
            "/q/health/live"})
    void operationsEndpointsAreServedOnTheManagementPortAndNotOnThePublicOne(String path) {
        given().get(Management.url(path)).then().log().ifValidationFails().statusCode(200).body(not(emptyString()));
        given().get(path).then().statusCode(404);
    }
}
