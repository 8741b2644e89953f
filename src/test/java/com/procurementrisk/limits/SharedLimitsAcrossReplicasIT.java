package com.procurementrisk.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.PackagedApp;
import com.procurementrisk.api.ScoringResourceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, point 2: the limits hold across replicas. Two instances of the packaged PostgreSQL
 * build (target/quarkus-app-postgresql, made by the postgres-tests profile) run side by side on one
 * PostgreSQL schema of their own, behind a trusted proxy (127.0.0.1) that names the client
 * address. Scorings from one address, spread over both, pass up to the address' allowance and
 * the next one is refused on either; wrong-password sign-ins for one account, spread over both and
 * from several addresses, are throttled on both after the account's allowance, the right
 * password included. Only with {@code -Dtest.postgres=true}.
 */
class SharedLimitsAcrossReplicasIT {

    private static final String PASSWORD = "replica-test-admin-password";
    /**
     * Scorings an address may ask for per minute. Refilled evenly, one every 15 s: the requests
     * below come well within that, so none is refilled before the refusals are checked.
     */
    private static final int SCORINGS_PER_ADDRESS = 4;
    /** Sign-in attempts an account may receive per 15 minutes (one back every 225 s). */
    private static final int SIGN_INS_PER_ACCOUNT = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @EnabledIfSystemProperty(named = "test.postgres", matches = "true")
    void twoInstancesOnOnePostgresqlShareTheirLimits() throws Exception {
        Path jar = Path.of("target", "quarkus-app-postgresql", "quarkus-run.jar");
        assertThat(jar).as("the PostgreSQL build (./mvnw package -Dtest.postgres=true)").exists();
        Path directory = Files.createDirectories(Path.of("target", "replicas-it", UUID.randomUUID().toString()));
        String schema = "replicas_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String database = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")
                .replaceAll("\\?.*$", "");
        String user = System.getProperty("test.postgres.user", "postgres");
        String password = System.getProperty("test.postgres.password", "postgres");
        // Made here rather than by the instances' Flyway, so that two of them do not race to create it.
        sql(database, user, password, "CREATE SCHEMA " + schema);
        List<PackagedApp> started = new CopyOnWriteArrayList<>();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            Map<String, String> environment = Map.of("ADVISOR_ADMIN_PASSWORD", PASSWORD,
                    "QUARKUS_DATASOURCE_JDBC_URL", database + "?currentSchema=" + schema,
                    "QUARKUS_DATASOURCE_USERNAME", user, "QUARKUS_DATASOURCE_PASSWORD", password,
                    "QUARKUS_FLYWAY_SCHEMAS", schema);
            Map<String, String> properties = Map.of(
                    "advisor.rate-limit.scorings-per-address", Integer.toString(SCORINGS_PER_ADDRESS),
                    "advisor.rate-limit.sign-ins-per-account", Integer.toString(SIGN_INS_PER_ACCOUNT),
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
            // Both at once, as replicas of one deployment start.
            List<Future<PackagedApp>> starting = List.of("first", "second").stream()
                    .map(name -> starter.submit(() -> {
                        PackagedApp app = PackagedApp.start(jar, directory, name, properties, environment);
                        started.add(app);
                        return app;
                    })).toList();
            PackagedApp first = starting.get(0).get();
            PackagedApp second = starting.get(1).get();

            scoringsFromOneAddressAreCountedOnBoth(first, second);
            signInsForOneAccountAreCountedOnBoth(first, second);
        } finally {
            // A start still waiting is interrupted, and kills its process itself.
            starter.shutdownNow();
            starter.awaitTermination(30, TimeUnit.SECONDS);
            for (PackagedApp app : started) {
                app.kill();
            }
            sql(database, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void scoringsFromOneAddressAreCountedOnBoth(PackagedApp first, PackagedApp second) throws Exception {
        // One scoring each from another address first, so that what the first requests of a fresh
        // JVM take does not count against the address under test.
        String other = "10.30.0.1";
        assertThat(score(first, other).statusCode()).isEqualTo(200);
        assertThat(score(second, other).statusCode()).isEqualTo(200);

        String address = "10.30.0.2";
        for (int n = 0; n < SCORINGS_PER_ADDRESS; n++) {
            PackagedApp app = n % 2 == 0 ? first : second;
            HttpResponse<String> r = score(app, address);
            assertThat(r.statusCode()).as("scoring %d of %d, on the %s instance: %s", n + 1, SCORINGS_PER_ADDRESS,
                    n % 2 == 0 ? "first" : "second", r.body()).isEqualTo(200);
        }
        for (PackagedApp app : List.of(first, second)) {
            HttpResponse<String> refused = score(app, address);
            assertThat(refused.statusCode()).as("one scoring over the allowance").isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("at most " + SCORINGS_PER_ADDRESS + " a minute");
        }
        // The allowance is the address', not the instances': another one still scores.
        assertThat(score(first, other).statusCode()).isEqualTo(200);
    }

    private void signInsForOneAccountAreCountedOnBoth(PackagedApp first, PackagedApp second) throws Exception {
        // A new address each time: the account's allowance counts every address together.
        for (int n = 0; n < SIGN_INS_PER_ACCOUNT; n++) {
            PackagedApp app = n % 2 == 0 ? first : second;
            HttpResponse<String> r = signIn(app, "wrong-password-" + n, "10.40.0." + (n + 1));
            assertThat(r.statusCode()).as("wrong password %d of %d: %s", n + 1, SIGN_INS_PER_ACCOUNT, r.body())
                    .isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValue("/sign-in?failed=true");
        }
        int n = SIGN_INS_PER_ACCOUNT;
        for (PackagedApp app : List.of(first, second)) {
            HttpResponse<String> throttled = signIn(app, "wrong-password-" + n, "10.40.0." + (++n));
            assertThat(throttled.statusCode()).as("a sign-in over the account's allowance").isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        // Throttled means throttled: the right password is refused too, on either instance.
        for (PackagedApp app : List.of(first, second)) {
            assertThat(signIn(app, PASSWORD, "10.40.0." + (++n)).statusCode()).isEqualTo(429);
        }
    }

    private HttpResponse<String> score(PackagedApp app, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri("/api/v1/score")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("answers", ScoringResourceTest.answers())))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(PackagedApp app, String password, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri("/j_security_check")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void sql(String database, String user, String password, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(database, user, password); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
