package com.procurementrisk.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on in deploy/: probes, non-root, limits, matching names. These files
 * cannot be run here (no container engine), so they are at least held to their promises.
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of("deploy");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static String image() throws IOException {
        Matcher m = Pattern.compile("<container.image>([^<]+)</container.image>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("container.image in pom.xml").isTrue();
        return m.group(1);
    }

    static List<JsonNode> kubernetes() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
                }
            }
        }
        return docs;
    }

    static JsonNode kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/kubernetes"));
    }

    @Test
    void theDeploymentProbesHealthRunsAsNonRootReadOnlyWithLimits() throws IOException {
        JsonNode deployment = kind(kubernetes(), "Deployment");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);

        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        // Health is on the management interface (port 9000), which the Service does not expose.
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("management");
        }
        assertThat(container.path("ports").findValuesAsText("name")).contains("http", "management");
        assertThat(container.path("ports").findValues("containerPort").stream().map(JsonNode::asInt))
                .contains(8080, 9000);
        assertThat(kind(kubernetes(), "Service").path("spec").path("ports").findValuesAsText("targetPort"))
                .doesNotContain("management", "9000");
        for (String kind : List.of("requests", "limits")) {
            assertThat(container.path("resources").path(kind).path("cpu").isMissingNode()).as(kind + " cpu").isFalse();
            assertThat(container.path("resources").path(kind).path("memory").isMissingNode()).as(kind + " memory").isFalse();
        }
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("image").asText()).isEqualTo(image() + ":native");
    }

    @Test
    void theServiceAutoscalerAndDisruptionBudgetPointAtTheDeployment() throws IOException {
        List<JsonNode> docs = kubernetes();
        JsonNode deployment = kind(docs, "Deployment");
        String name = deployment.path("metadata").path("name").asText();
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");

        JsonNode service = kind(docs, "Service");
        service.path("spec").path("selector").fields().forEachRemaining(e ->
                assertThat(podLabels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");

        JsonNode hpa = kind(docs, "HorizontalPodAutoscaler");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(name);
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode pdb = kind(docs, "PodDisruptionBudget");
        pdb.path("spec").path("selector").path("matchLabels").fields().forEachRemaining(e ->
                assertThat(podLabels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
    }

    @Test
    void theConfigMapAndSecretTheDeploymentReadsExist() throws IOException {
        List<JsonNode> docs = kubernetes();
        JsonNode envFrom = kind(docs, "Deployment").path("spec").path("template").path("spec").path("containers")
                .get(0).path("envFrom");

        assertThat(envFrom.findValuesAsText("name")).contains(kind(docs, "ConfigMap").path("metadata").path("name")
                .asText(), kind(docs, "Secret").path("metadata").path("name").asText());
        assertThat(kind(docs, "ConfigMap").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .startsWith("jdbc:postgresql:");
    }

    @Test
    void composeRunsTheJvmImageAfterAHealthyDatabaseWithAVolume() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile());
        JsonNode db = compose.path("services").path("db");
        JsonNode app = compose.path("services").path("app");

        assertThat(db.path("healthcheck").path("test").isMissingNode()).isFalse();
        assertThat(db.path("volumes").get(0).asText()).contains(":/var/lib/postgresql/data");
        assertThat(compose.path("volumes").fieldNames()).toIterable().isNotEmpty();
        assertThat(app.path("depends_on").path("db").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(app.path("healthcheck").path("test").toString()).contains("localhost:9000/q/health/ready");
        assertThat(app.path("image").asText()).isEqualTo(image() + ":jvm");
        assertThat(app.path("build").path("dockerfile").asText()).isEqualTo("deploy/Dockerfile.jvm");
    }

    @Test
    void bothDockerfilesBuildInStagesAndRunAsNonRoot() throws IOException {
        for (String variant : List.of("jvm", "native")) {
            String file = Files.readString(DEPLOY.resolve("Dockerfile." + variant));
            assertThat(file).as(variant).startsWith("#").contains("docker build -f deploy/Dockerfile." + variant
                    + " -t " + image() + ":" + variant);
            assertThat(Pattern.compile("(?m)^FROM ").matcher(file).results().count()).as(variant).isEqualTo(2);
            List<String> users = Pattern.compile("(?m)^USER (\\S+)").matcher(file).results().map(r -> r.group(1))
                    .toList();
            assertThat(users.get(users.size() - 1)).as("final user of " + variant).isNotIn("root", "0");
        }
        assertThat(Files.readString(DEPLOY.resolve("Dockerfile.native"))).contains("mandrel").contains("-Pnative");
    }

    /**
     * run-java.sh (the base image's entry point) puts GC_CONTAINER_OPTIONS, by default
     * -XX:+UseParallelGC, on the command line before JAVA_OPTS_APPEND; a second collector there
     * stops the JVM before it starts. The options the image would give are started here, on this JDK.
     */
    @Test
    void theJvmImageGivesTheJvmOneCollectorAndOptionsItAccepts() throws Exception {
        String file = JvmImage.dockerfile();
        String gc = envOf(file, "GC_CONTAINER_OPTIONS").orElse("-XX:+UseParallelGC");
        String append = envOf(file, "JAVA_OPTS_APPEND").orElseThrow();
        String metaspace = envOf(file, "GC_MAX_METASPACE_SIZE").map(m -> " -XX:MaxMetaspaceSize=" + m + "m").orElse("");
        String options = gc + " -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20" + metaspace + " " + append;
        assertThat(Pattern.compile("-XX:\\+Use\\w+GC\\b").matcher(options).results().count())
                .as("collectors chosen by %s", options).isEqualTo(1);

        List<String> command = new ArrayList<>(List.of(JvmImage.java()));
        for (String option : options.trim().split("\\s+")) {
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                continue; // made by the package build, which this test does not need
            }
            command.add(option);
        }
        command.add("-version");
        JvmImage.Run java = JvmImage.run(command, Path.of("."), 4000);
        assertThat(java.exit()).as("%s\n%s", command, java.output()).isZero();
    }

    static Optional<String> envOf(String dockerfile, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(dockerfile);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
