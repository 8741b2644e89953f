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
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdASuccessAndAClientErrorResponse() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
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
        assertThat(doc.getString("info.license.identifier")).isNotBlank();
    }
}
