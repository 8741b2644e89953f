package com.procurementrisk;

import com.procurementrisk.access.ApiTokens;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import com.procurementrisk.config.InstanceSecrets;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret reaches a log (issue 20, point 1). This profile starts like the packaged application
 * with nothing configured: no ADVISOR_ADMIN_PASSWORD (so the first administrator's password is
 * generated, and must go to its file, not the log) and no ADVISOR_CSRF_KEY (so the key is made and
 * kept in the database). It then signs in, makes an API token and a share link, and looks for each
 * of those values, and the fixed password of the other test profiles, in every log the tests have
 * written (target/test-logs/, appended to at every start of the application: every profile started
 * so far in this run, with the test classes that ran in it, and those of earlier runs).
 */
@QuarkusTest
@TestProfile(SecretsInLogTest.NothingConfigured.class)
class SecretsInLogTest {

    /** No first administrator password. */
    public static class NothingConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.admin-password", "");
        }
    }

    static final Path LOGS = Path.of("target", "test-logs");
    static final Path PASSWORD_FILE = Path.of("target", "generated-admin-password");

    @Inject
    ApiTokens tokens;

    @Inject
    InstanceSecrets secrets;

    @Test
    void noConfiguredOrGeneratedSecretIsInTheLog() throws IOException {
        List<String> found = new ArrayList<>();
        String password = Files.readString(PASSWORD_FILE).strip();
        assertThat(password).hasSize(20);
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE))).isEqualTo("rw-------");
        }
        found.add(password);
        String session = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", password).post("/j_security_check").then().statusCode(302)
                .extract().cookie(SignedInAsAdmin.COOKIE);
        found.add(session);
        found.add(secrets.readOrCreate("csrf-key"));
        String token = tokens.create("admin", "secrets in the log");
        found.add(token);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Secrets", ScoringResourceTest.answers())).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String share = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/assessments/" + id + "/shares").then().statusCode(201).extract().path("token");
        found.add(share);
        given().get("/shared/" + share + "/no-such-page").then().statusCode(404);
        // The other profiles' first administrator password.
        found.add(SignedInAsAdmin.PASSWORD);

        String log;
        try (Stream<Path> files = Files.list(LOGS)) {
            log = files.filter(f -> f.getFileName().toString().startsWith("quarkus.log")).map(SecretsInLogTest::read)
                    .collect(Collectors.joining("\n"));
        }
        assertThat(log).as("the log of this run").contains("First start: account 'admin' created with a generated "
                + "password, written to " + PASSWORD_FILE.toAbsolutePath());
        for (String secret : found) {
            assertThat(log).as("the log of this run").doesNotContain(secret);
        }
        assertThat(log).doesNotContain("Encryption key was not specified").doesNotContain("temporary key");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
