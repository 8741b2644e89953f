package com.procurementrisk.deploy;

import com.procurementrisk.deploy.JvmImage.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.procurementrisk.deploy.JvmImage.java;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM image's class-data sharing archive is only worth its place if the JVM the image starts
 * uses it: a JVM ignores an archive made for a jar named differently (silently, unless -Xshare:on).
 * The packaged application is laid out as the image lays it out, the Dockerfile's own command makes
 * the archive, and a JVM started as run-java.sh starts it must load classes from it.
 * (No container engine here: this JDK stands in for the image's.)
 */
class ClassDataArchiveIT {

    static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void theImageMakesAnArchiveTheJvmItStartsUses(@TempDir Path root) throws Exception {
        Path deployments = root.resolve("deployments");
        copy(APP, deployments);
        Files.deleteIfExists(deployments.resolve("app-cds.jsa"));

        String make = archiveCommand().replace("/deployments", deployments.toString());
        Run made = run(List.of("sh", "-c", make), root);
        assertThat(made.exit()).as("%s%n%s", make, made.output()).isZero();

        assertThat(classesFromTheArchive(deployments.resolve("app-cds.jsa"), deployments, deployments))
                .as("classes the image's JVM takes from the archive").isGreaterThan(1000);
    }

    @Test
    void anArchiveIsIgnoredWhenTheJarIsNotWhereItWasWhenItWasMade(@TempDir Path elsewhere) throws Exception {
        Path archive = APP.resolve("app-cds.jsa").toAbsolutePath();
        if (!Files.exists(archive)) {
            return; // the package build made none (quarkus.package.jar.appcds.enabled=false)
        }
        // The package build made its archive with "-jar quarkus-run.jar" from target/quarkus-app:
        // started from there it is used, started from anywhere else it is not, silently.
        assertThat(classesFromTheArchive(archive, APP.toAbsolutePath(), APP.toAbsolutePath())).isGreaterThan(1000);
        assertThat(classesFromTheArchive(archive, APP.toAbsolutePath(), elsewhere)).isZero();
    }

    /**
     * How many classes a JVM started as run-java.sh starts it (from {@code directory}, the jar by
     * its absolute path) loads from the archive's own part, up to the end of Quarkus' static
     * initialisation (where it stops when asked to generate an archive: no database needed).
     */
    static long classesFromTheArchive(Path archive, Path application, Path directory) throws Exception {
        Run started = JvmImage.run(List.of(java(), "-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                "-Dquarkus.appcds.generate=true", "-cp", ".", "-jar", application.resolve("quarkus-run.jar").toString()),
                directory, Integer.MAX_VALUE);
        assertThat(started.exit()).as(started.output()).isZero();
        return started.output().lines().filter(line -> line.contains("source: shared objects file (top)")).count();
    }

    static String archiveCommand() throws IOException {
        Matcher m = Pattern.compile("(?m)^RUN (.*-XX:ArchiveClassesAtExit=.*)$").matcher(JvmImage.dockerfile());
        assertThat(m.find()).as("a RUN that makes the archive in deploy/Dockerfile.jvm").isTrue();
        return m.group(1).replaceAll("(^|\\s)java\\s", "$1" + java() + " ");
    }

    static Run run(List<String> command, Path directory) throws Exception {
        return JvmImage.run(command, directory, 2000);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
