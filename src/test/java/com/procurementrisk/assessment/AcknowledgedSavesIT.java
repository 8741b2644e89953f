package com.procurementrisk.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.PackagedApp;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, point 7: nothing acknowledged is lost. The packaged application (started as README
 * says, with its shipped database URL, in a data directory of its own under target/, on ports of
 * its own) takes many concurrent saves; it is killed with SIGKILL while they are in flight and
 * started again on the same data. Every save it had answered 201 reads back, and every
 * assessment there is reads back whole (its latest revision, with its result). Against the
 * embedded H2 always; against PostgreSQL too with {@code -Dtest.postgres=true}, from the jar
 * built for it (the postgres-tests profile builds target/quarkus-app-postgresql).
 */
class AcknowledgedSavesIT {

    private static final String PASSWORD = "crash-test-admin-password";
    private static final int WRITERS = 8;
    /** Saves acknowledged before the kill: enough that writes are in flight when it comes. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyAcknowledgedSaveSurvivesAKillOfTheEmbeddedDatabase() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "crash-it", "h2-" + UUID.randomUUID()));
        crashAndReadBack(Path.of("target", "quarkus-app", "quarkus-run.jar"), data, Map.of());
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @EnabledIfSystemProperty(named = "test.postgres", matches = "true")
    void everyAcknowledgedSaveSurvivesAKillWithPostgresql() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "crash-it", "postgresql-" + UUID.randomUUID()));
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String database = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")
                .replaceAll("\\?.*$", "");
        String user = System.getProperty("test.postgres.user", "postgres");
        String password = System.getProperty("test.postgres.password", "postgres");
        try {
            crashAndReadBack(Path.of("target", "quarkus-app-postgresql", "quarkus-run.jar"), data, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", database + "?currentSchema=" + schema,
                    "QUARKUS_DATASOURCE_USERNAME", user, "QUARKUS_DATASOURCE_PASSWORD", password,
                    "QUARKUS_FLYWAY_SCHEMAS", schema));
        } finally {
            try (Connection c = DriverManager.getConnection(database, user, password);
                 Statement drop = c.createStatement()) {
                drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void crashAndReadBack(Path jar, Path data, Map<String, String> database) throws Exception {
        assertThat(jar).as("the packaged application (./mvnw package)").exists();
        Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
        PackagedApp first = start(jar, data, database, "first");
        try {
            String session = signIn(first);
            saveUntilKilled(first, session, acknowledged);
        } finally {
            first.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        PackagedApp second = start(jar, data, database, "second");
        try {
            String session = signIn(second);
            for (Map.Entry<UUID, String> saved : acknowledged.entrySet()) {
                JsonNode read = readWhole(second, session, saved.getKey());
                assertThat(read.path("title").asText()).isEqualTo(saved.getValue());
            }
            // Saves that were in flight when the process died are there whole, or not at all.
            JsonNode page = JSON.readTree(get(second, session, "/api/v1/assessments?size=100&page=0").body());
            long total = page.path("total").asLong();
            assertThat(total).isGreaterThanOrEqualTo(acknowledged.size());
            for (int p = 0; p * 100L < total; p++) {
                JsonNode items = JSON.readTree(get(second, session, "/api/v1/assessments?size=100&page=" + p)
                        .body()).path("items");
                for (JsonNode item : items) {
                    readWhole(second, session, UUID.fromString(item.path("id").asText()));
                }
            }
        } finally {
            second.kill();
        }
    }

    /** Saves from several clients at once until enough are acknowledged, then kills the process mid-save. */
    private void saveUntilKilled(PackagedApp app, String session, Map<UUID, String> acknowledged) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(app, session, "crash " + writer + "-", killed, acknowledged, enough));
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("saves acknowledged before the kill").isTrue();
            app.kill();
            killed.set(true);
        } finally {
            writers.shutdownNow();
            assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** One client saving one assessment after another until the process is gone. */
    private Void write(PackagedApp app, String session, String titles, AtomicBoolean killed, Map<UUID, String> acknowledged,
                       CountDownLatch enough) throws Exception {
        for (int n = 0; !killed.get(); n++) {
            String title = titles + n;
            HttpResponse<String> r;
            try {
                r = post(app, session, "/api/v1/assessments",
                        JSON.writeValueAsString(AssessmentApiTest.request(title, ScoringResourceTest.answers())));
            } catch (IOException e) {
                return null; // the process is gone: what was not acknowledged may be lost
            }
            if (r.statusCode() == 201) {
                acknowledged.put(UUID.fromString(JSON.readTree(r.body()).path("id").asText()), title);
                enough.countDown();
            }
        }
        return null;
    }

    /** The assessment with its latest revision: 200, the revision is the latest, and it has its result. */
    private JsonNode readWhole(PackagedApp app, String session, UUID id) throws Exception {
        HttpResponse<String> r = get(app, session, "/api/v1/assessments/" + id);
        assertThat(r.statusCode()).as("GET %s: %s", id, r.body()).isEqualTo(200);
        JsonNode read = JSON.readTree(r.body());
        assertThat(read.path("revision").asInt()).isEqualTo(read.path("latestRevision").asInt()).isPositive();
        assertThat(read.path("result").path("pathways").isArray()).as("result of %s", id).isTrue();
        assertThat(read.path("answers").size()).isPositive();
        return read;
    }

    /** The packaged application, started from its data directory with saves unthrottled. */
    private static PackagedApp start(Path jar, Path data, Map<String, String> database, String name) throws Exception {
        // Secrets of this run only; the database URL is the shipped default (./data under the
        // working directory) unless PostgreSQL is named.
        Map<String, String> environment = new HashMap<>(database);
        environment.put("ADVISOR_ADMIN_PASSWORD", PASSWORD);
        return PackagedApp.start(jar, data, name, Map.of("advisor.rate-limit.writes-per-user", "100000",
                "advisor.rate-limit.writes-per-address", "100000"), environment);
    }

    private String signIn(PackagedApp app) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("sign-in").isEqualTo(302);
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("advisor-session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> post(PackagedApp app, String session, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Cookie", session)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(PackagedApp app, String session, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Cookie", session)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
