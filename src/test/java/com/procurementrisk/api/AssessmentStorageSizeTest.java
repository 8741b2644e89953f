package com.procurementrisk.api;

import com.procurementrisk.scoring.BuyerArchetypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A saved revision costs at most 16 KiB in the database (answers and result, as the database
 * counts them), for every buyer archetype, and reads back as the full result with every
 * rationale and source. Runs on H2 and, with -Dtest.postgres=true, on PostgreSQL.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(com.procurementrisk.SignedInAsAdmin.class)
class AssessmentStorageSizeTest {

    static final long MAX_BYTES = 16 * 1024;

    @Inject
    EntityManager db;

    @Test
    void everyArchetypesRevisionTakesAtMost16KiBAndReadsBackInFull() {
        StringBuilder report = new StringBuilder();
        for (BuyerArchetypes.Archetype archetype : BuyerArchetypes.all()) {
            io.restassured.path.json.JsonPath saved = given().contentType(ContentType.JSON)
                    .body(AssessmentApiTest.request(archetype.name(), archetype.answers()))
                    .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath();
            String id = saved.getString("id");
            long bytes = storedBytes(UUID.fromString(id));
            report.append(String.format("%6d bytes  %s%n", bytes, archetype.name()));
            assertThat(bytes).as("bytes stored for %s", archetype.name()).isLessThanOrEqualTo(MAX_BYTES);
            // What is read back is the result exactly as it was scored, with every rationale and source.
            Object readBack = given().get("/api/v1/assessments/" + id).then().statusCode(200).extract().jsonPath()
                    .get("result");
            assertThat(readBack).isEqualTo(saved.get("result"));
            given().get("/api/v1/assessments/" + id).then().statusCode(200)
                    .body("title", equalTo(archetype.name()))
                    .body("result.pathways[0].contractual.factors[0].rationale", org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.emptyOrNullString()))
                    .body("result.pathways[0].contractual.factors[0].sources[0].url", org.hamcrest.Matchers.startsWith(
                            "http"));
        }
        System.out.print("Bytes per stored revision:\n" + report);
    }

    /** The bytes the database holds for the revision's answers and result (octet_length, as both databases count). */
    @jakarta.transaction.Transactional
    long storedBytes(UUID assessment) {
        Object n = db.createNativeQuery("select sum(coalesce(octet_length(answers), 0) + coalesce(octet_length(result), 0)"
                + StoredColumns.EXTRA + ") from assessment_revision where assessment_id = ?1")
                .setParameter(1, assessment).getSingleResult();
        return ((Number) n).longValue();
    }

    /** The compressed result, added by V8. */
    static final class StoredColumns {
        static final String EXTRA = " + coalesce(octet_length(result_gzip), 0)";
    }
}
