package com.procurementrisk;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as a process of its own, for the *IT suites that need one they can
 * kill or start twice (AcknowledgedSavesIT, SharedLimitsAcrossReplicasIT): started from a jar in a
 * working directory of its own, on free ports of 127.0.0.1, its output in {@code <name>.log}
 * there. {@link #start} returns once it answers, and kills it if it does not; {@link #kill} is
 * SIGKILL. Quarkus' own {@code @QuarkusIntegrationTest} starts a single instance and cannot kill it
 * mid-test, hence this class.
 */
public final class PackagedApp {

    /** A few seconds on an idle machine; far longer on a busy CI machine. */
    private static final int READY_WITHIN_SECONDS = 120;

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code jar} in {@code directory} with these system properties (beside its host and
     * ports) and environment variables, and waits until it answers; kills it if it does not.
     */
    public static PackagedApp start(Path jar, Path directory, String name, Map<String, String> properties,
                                    Map<String, String> environment) throws Exception {
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + management));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), port, log);
        try {
            app.awaitReady();
        } catch (Exception | AssertionError e) {
            app.kill(); // never leave a process behind
            throw e;
        }
        return app;
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_WITHIN_SECONDS);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application exited:%n%s", Files.readString(log)).isTrue();
            try {
                if (client.send(HttpRequest.newBuilder(uri("/api/v1/scenarios")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not ready within " + READY_WITHIN_SECONDS + " s:\n" + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** The address of {@code path} on this application's HTTP port. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
