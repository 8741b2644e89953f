package com.procurementrisk.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.scoring.BuyerArchetypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database holds unpacks to the result exactly as it was scored, for every buyer
 * archetype: the row itself unpacked, against the result the save kept in memory (a save
 * answers with, and keeps, the result it stored, so other tests reading it back through the
 * API do not reach the row).
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class StoredResultTest {

    @Inject
    RevisionStore store;

    @Inject
    ObjectMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void everyRowUnpacksToTheResultThatWasScored() {
        for (BuyerArchetypes.Archetype archetype : BuyerArchetypes.all()) {
            Map<String, Object> saved = given().contentType(ContentType.JSON)
                    .body(AssessmentApiTest.request(archetype.name(), archetype.answers()))
                    .post("/api/v1/assessments").then().statusCode(201).extract().as(Map.class);
            assertThat(saved.get("result")).isNotNull();
            UUID id = UUID.fromString((String) saved.get("id"));
            Object[] both = QuarkusTransaction.requiringNew().call(() -> {
                RevisionEntity row = RevisionEntity.find(id, 1).orElseThrow();
                // as JSON, which is what every reader gets (a number scored as a long reads back as an int)
                return new Object[]{json.readTree(json.writeValueAsString(store.unpack(row))),
                        json.readTree(json.writeValueAsString(store.result(row)))};
            });
            Object fromRow = both[0];
            Object answered = both[1];
            assertThat(fromRow).as(archetype.name()).isEqualTo(answered);
        }
    }
}
