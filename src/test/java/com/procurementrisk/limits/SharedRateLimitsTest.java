package com.procurementrisk.limits;

import com.procurementrisk.api.ScoringResourceTest;
import com.procurementrisk.config.AdvisorConfig;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Replicas share their limits through PostgreSQL: this application and a second replica's rate
 * limits (the same class over a connection pool of its own, as another process would have) spend
 * from one allowance. Four scorings a minute for an address: two here and two there pass, the next
 * is refused on either. Runs in the PostgreSQL build (surefire execution postgres, -Dtest.postgres=true).
 */
@QuarkusTest
@TestProfile(SharedRateLimitsTest.FourScorings.class)
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "only in the PostgreSQL build: the embedded H2 database serves one process")
class SharedRateLimitsTest {

    public static class FourScorings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.rate-limit.scorings-per-address", "4",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Inject
    AdvisorConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void twoReplicasSpendFromOneAllowance() throws SQLException {
        // fresh buckets, whatever earlier runs left in the table
        String address = "10.11.0." + System.nanoTime() % 250;
        String another = "10.12.0." + System.nanoTime() % 250;
        try (AgroalDataSource pool = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(Map.of(
                "jdbcUrl", url, "principal", user, "credential", password, "maxSize", "2")))) {
            SharedBuckets database = new SharedBuckets(pool, url, config);
            assertThat(database.available()).isTrue();
            RateLimits otherReplica = new RateLimits(config, database);

            score(address).then().statusCode(200);
            otherReplica.spend(RateLimits.Kind.SCORING, Optional.empty(), address);
            score(address).then().statusCode(200);
            otherReplica.spend(RateLimits.Kind.SCORING, Optional.empty(), address);

            score(address).then().statusCode(429).header("Retry-After", notNullValue());
            assertThatThrownBy(() -> otherReplica.spend(RateLimits.Kind.SCORING, Optional.empty(), address))
                    .isInstanceOf(RateLimitedException.class).hasMessageContaining("at most 4 a minute");
            // Another address has its own allowance on both.
            score(another).then().statusCode(200);
            otherReplica.spend(RateLimits.Kind.SCORING, Optional.empty(), another);
        }
    }

    private static Response score(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("answers", ScoringResourceTest.answers())).post("/api/v1/score");
    }
}
