package com.procurementrisk.limits;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented ways of running the packaged application bound the heap, and a start without a
 * bound says so in the log with the command to use.
 */
class HeapLimitTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aJvmWithTheDefaultHeapIsToldHowToStartTheApplication() {
        assertThat(HeapLimit.warning(4096 * MIB, 512 * MIB)).hasValueSatisfying(w -> assertThat(w)
                .contains("4096 MiB").contains("-Xmx96m").contains("README"));
        assertThat(HeapLimit.warning(96 * MIB, 512 * MIB)).isEmpty();
        assertThat(HeapLimit.warning(512 * MIB, 512 * MIB)).isEmpty();
        assertThat(HeapLimit.warning(4096 * MIB, 0)).as("silenced").isEmpty();
    }

    @Test
    void everyDocumentedCommandThatRunsTheJarGivesAHeapLimit() throws IOException {
        Pattern runsTheJar = Pattern.compile("\\bjava\\b.*-jar\\b");
        for (String file : List.of("README.md", "deploy/README.md", "dev-support/load.py", "dev-support/soak.py",
                "dev-support/page-timing.py", "dev-support/import-burst.sh")) {
            String text = Files.readString(Path.of(file)).replace("\\\n", " ");
            text.lines().filter(l -> runsTheJar.matcher(l).find() && l.contains("quarkus-run.jar")
                            || runsTheJar.matcher(l).find() && l.contains("$JAR"))
                    .forEach(l -> assertThat(l).as(file).contains("-Xmx"));
        }
    }
}
