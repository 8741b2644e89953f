package com.procurementrisk;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own (never the shared server), made with the machine's
 * PostgreSQL binaries under {@code target/postgres-outage} on a free port of 127.0.0.1, which a
 * test can stop and start again while the application keeps running. Run as the {@code postgres}
 * user when the build runs as root (PostgreSQL refuses to run as root).
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {

    private static final Path BIN = Path.of(System.getProperty("test.postgres.bin", "/usr/lib/postgresql/15/bin"));
    private static final Path DIR = Path.of(System.getProperty("test.outage.dir", "target/postgres-outage"))
            .toAbsolutePath();
    private static int port;

    /**
     * Whether the outage test runs: in the PostgreSQL build (its own surefire execution), when
     * the binaries exist or a run requires it (then missing binaries fail instead of skipping).
     */
    public static boolean enabled() {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            System.out.println("DatabaseOutageTest: skipped outside the PostgreSQL build (execution postgres-outage)");
            return false;
        }
        boolean present = Files.isExecutable(BIN.resolve("pg_ctl")) && Files.isExecutable(BIN.resolve("initdb"));
        if (!present && !Boolean.getBoolean("test.require-postgres-outage")) {
            System.out.println("DatabaseOutageTest: skipped, no PostgreSQL binaries at " + BIN
                    + " (-Dtest.postgres.bin=... points at them; -Dtest.require-postgres-outage=true fails instead)");
            return false;
        }
        return true;
    }

    @Override
    public Map<String, String> start() {
        try {
            delete(DIR);
            Files.createDirectories(DIR.resolve("sock"));
            owned(DIR);
            run(BIN.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", data());
            port = freePort();
            startAgain();
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "unused");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a private PostgreSQL in " + DIR, e);
        }
    }

    @Override
    public void stop() {
        if (Files.exists(DIR.resolve("data/postmaster.pid"))) {
            stopServer();
        }
    }

    /** Stops the server at once (connections are cut), like a database host going away. */
    public static void stopServer() {
        run(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop");
    }

    /** Starts it again on the same port, with everything it held. */
    public static void startAgain() {
        run(BIN.resolve("pg_ctl").toString(), "-D", data(), "-l", DIR.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + DIR.resolve("sock") + " -c listen_addresses=127.0.0.1", "start");
    }

    private static String data() {
        return DIR.resolve("data").toString();
    }

    private static void run(String... command) {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(DIR.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(DIR.resolve("commands.log").toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed; see " + DIR.resolve("commands.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void owned(Path dir) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            try {
                Process p = new ProcessBuilder("chown", "-R", "postgres", dir.toString()).inheritIO().start();
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
