package com.procurementrisk;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * A real Keycloak for the single sign-on tests: Keycloak's own distribution (unpacked by the build
 * into {@code target/keycloak}) started in development mode on free ports of 127.0.0.1, with the
 * realm {@code advisor} of {@code src/test/resources/keycloak/advisor-realm.json}, and stopped
 * after the tests. Keycloak needs Java 21 or newer: the newest JDK under {@code /usr/lib/jvm} (or
 * {@code KEYCLOAK_JAVA_HOME}). Where there is none, or no distribution, the tests are skipped,
 * unless {@code -Dtest.require-keycloak=true} (as in CI) makes that a failure.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "advisor";
    /** The password of every user of the test realm. */
    public static final String PASSWORD = "password";

    private static String url;
    private Process process;

    /** For {@code @EnabledIf}: whether the tests can run here (or must, and will fail trying). */
    public static boolean available() {
        if (Boolean.getBoolean("test.require-keycloak")) {
            return true;
        }
        Optional<String> missing = missing();
        missing.ifPresent(why -> System.err.println("Single sign-on tests skipped: " + why));
        return missing.isEmpty();
    }

    private static Optional<String> missing() {
        if (!Files.isRegularFile(home().resolve("bin/kc.sh"))) {
            return Optional.of("no Keycloak distribution at " + home() + " (the build unpacks it)");
        }
        if (javaHome().isEmpty()) {
            return Optional.of("no JDK 21 or newer under /usr/lib/jvm and KEYCLOAK_JAVA_HOME unset");
        }
        return Optional.empty();
    }

    /** The realm's address, the issuer of its tokens. */
    public static String realmUrl() {
        return url + "/realms/" + REALM;
    }

    /** An access token of a user of the test realm, by the password grant of its public test client. */
    public static String accessToken(String username) {
        return given().baseUri(realmUrl()).formParam("grant_type", "password").formParam("client_id", "advisor-test")
                .formParam("username", username).formParam("password", PASSWORD).formParam("scope", "openid")
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    @Override
    public Map<String, String> start() {
        missing().ifPresent(why -> {
            throw new IllegalStateException("Keycloak is required for the single sign-on tests: " + why);
        });
        Path home = home();
        try {
            importRealm(home);
            int port = freePort();
            url = "http://127.0.0.1:" + port;
            ProcessBuilder builder = new ProcessBuilder("timeout", "--kill-after=10", "1800", "sh",
                    home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1", "--http-port=" + port,
                    // The issuer must not follow the Host header: tokens name this address.
                    "--hostname=" + url, "--http-management-port=" + freePort(), "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log().toFile());
            builder.environment().put("JAVA_HOME", javaHome().orElseThrow().toString());
            // Serial GC and the C1 compiler alone start fastest and smallest on two cores.
            builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC"
                    + " -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
                    + " --add-opens=java.base/java.lang=ALL-UNNAMED");
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
            awaitRealm();
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("cannot start Keycloak; see " + log(), e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return Map.of("quarkus.oidc.auth-server-url", realmUrl());
    }

    /** Waits for the realm to answer (it does once imported), or for Keycloak to give up. */
    private void awaitRealm() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (true) {
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not answer within 240 s; see " + log());
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
        }
    }

    /**
     * Puts the realm where {@code --import-realm} reads it. Keycloak skips realms it already has,
     * so its database is removed when the realm file changed since the last run.
     */
    private static void importRealm(Path home) throws IOException {
        byte[] realm;
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/advisor-realm.json")) {
            realm = in.readAllBytes();
        }
        Path imported = home.resolve("data/import/advisor-realm.json");
        if (Files.exists(imported) && Arrays.equals(Files.readAllBytes(imported), realm)) {
            return;
        }
        Path database = home.resolve("data/h2");
        if (Files.exists(database)) {
            try (Stream<Path> files = Files.walk(database)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(imported.getParent());
        Files.write(imported, realm);
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        process = null;
    }

    private static Path home() {
        return Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.7")).toAbsolutePath();
    }

    private static Path log() {
        return home().resolveSibling("keycloak.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** KEYCLOAK_JAVA_HOME, or the JDK of the highest version (21 at least) under /usr/lib/jvm. */
    static Optional<Path> javaHome() {
        String chosen = System.getenv("KEYCLOAK_JAVA_HOME");
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && !Files.isSymbolicLink(d))
                    .filter(d -> version(d) >= 21).max(Comparator.comparingInt(KeycloakServer::version));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The major version of a JDK, from its release file (0 when unknown). */
    private static int version(Path jdk) {
        try {
            Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
