package com.procurementrisk.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the deployment tests need to try the JVM image's commands on this machine (no container
 * engine here): its Dockerfile as one line per instruction, this JDK's java, and a command run to its end.
 */
final class JvmImage {

    private JvmImage() {
    }

    /** deploy/Dockerfile.jvm with its continued lines joined. */
    static String dockerfile() throws IOException {
        return Files.readString(Path.of("deploy", "Dockerfile.jvm")).replace("\\\n", " ");
    }

    /** The java of the JDK running the tests, standing in for the image's. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Run(int exit, String output) {
    }

    /** Runs a command to its end (at most three minutes) and keeps the last {@code keep} characters it printed. */
    static Run run(List<String> command, Path directory, int keep) throws Exception {
        Path log = Files.createTempFile("jvm-image", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 3 minutes: " + command);
            }
            String output = Files.readString(log);
            return new Run(process.exitValue(), output.substring(Math.max(0, output.length() - keep)));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
