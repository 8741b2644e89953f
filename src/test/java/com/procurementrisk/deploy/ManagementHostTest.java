package com.procurementrisk.deploy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management interface (health, metrics, OpenAPI) listens where the application listens: on
 * this machine only for the packaged jar, on every interface of the container in the images (so
 * that the kubelet's probes reach it), and elsewhere only when an operator says so.
 */
class ManagementHostTest {

    private static SmallRyeConfig production(Map<String, String> overrides) throws IOException {
        return new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri()
                        .toURL(), 100))
                .withSources(new PropertiesConfigSource(overrides, "overrides", 400)).build();
    }

    @Test
    void thePackagedJarsManagementInterfaceListensOnThisMachineOnly() throws IOException {
        SmallRyeConfig config = production(Map.of());
        assertThat(config.getValue("quarkus.http.host", String.class)).isEqualTo("localhost");
        assertThat(config.getValue("quarkus.management.host", String.class)).isEqualTo("localhost");
    }

    @Test
    void itFollowsTheApplicationsHostUnlessConfiguredOtherwise() throws IOException {
        assertThat(production(Map.of("quarkus.http.host", "0.0.0.0")).getValue("quarkus.management.host",
                String.class)).isEqualTo("0.0.0.0");
        assertThat(production(Map.of("quarkus.http.host", "0.0.0.0", "quarkus.management.host", "10.1.2.3"))
                .getValue("quarkus.management.host", String.class)).isEqualTo("10.1.2.3");
    }

    @Test
    void theImagesListenOnEveryInterfaceOfTheContainerSoTheProbesReachHealth() throws IOException {
        for (String dockerfile : new String[] {"Dockerfile.jvm", "Dockerfile.native"}) {
            String text = Files.readString(DeploymentFilesTest.DEPLOY.resolve(dockerfile));
            assertThat(text).as(dockerfile).contains("-Dquarkus.http.host=0.0.0.0").contains("EXPOSE 8080 9000")
                    .doesNotContainIgnoringCase("management.host").doesNotContain("MANAGEMENT_HOST");
        }
        String manifests = Files.readString(DeploymentFilesTest.DEPLOY.resolve("kubernetes/configmap.yaml"))
                + Files.readString(DeploymentFilesTest.DEPLOY.resolve("kubernetes/deployment.yaml"));
        assertThat(manifests).doesNotContain("MANAGEMENT_HOST").doesNotContain("QUARKUS_HTTP_HOST");
    }
}
