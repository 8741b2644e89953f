package com.procurementrisk.scoring;

import com.procurementrisk.scoring.load.InvalidModelException;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.RiskModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ModelLoaderTest {

    static final String CURRENT = "risk-model/openai-procurement-2026.11.0.yaml";

    @Test
    void currentModelLoadsWithTheContentTheContractPromises() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);

        assertThat(model.info().asOf()).isNotNull();
        assertThat(model.questionnaire().questions()).extracting(q -> q.id()).contains(
                "estate.clouds", "estate.primary_cloud", "estate.azure_commitment", "estate.aws_commitment",
                "products.intended", "workload.criticality", "data.residency", "data.regulated",
                "timeline.go_live_months", "legal.risk_appetite", "multicloud.maturity", "spend.annual_ai_usd");
        assertThat(model.factors()).hasSizeGreaterThanOrEqualTo(20);
        for (String pathway : new String[] {"azure_api", "aws_frontier", "multi_cloud"}) {
            for (Dimension d : Dimension.values()) {
                assertThat(model.factors()).filteredOn(f -> f.dimension() == d && f.touches(pathway))
                        .as("%s factors on %s", d.id(), pathway).hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(model.factors()).allSatisfy(f -> assertThat(f.sources()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.date()).isNotNull()));
        assertThat(model.scenarios()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(model.scenarios().stream().mapToDouble(s -> s.probability()).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.recommendations()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aBrokenModelIsRefusedWithEveryProblemListed() {
        InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
                () -> ModelLoader.fromText(BROKEN, "broken.yaml"));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("duplicate id 'lock_in'"))
                .anySatisfy(p -> assertThat(p).contains("factors[1:lock_in].sources").contains("non-empty list"))
                .anySatisfy(p -> assertThat(p).contains("unknown source 's9'"))
                .anySatisfy(p -> assertThat(p).contains("probabilities must sum to 1"))
                .anySatisfy(p -> assertThat(p).contains("base must be in 0..max"))
                .anySatisfy(p -> assertThat(p).contains("unknown question 'estate.nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("unknown choice 'mainframe'"))
                .anySatisfy(p -> assertThat(p).contains("unknown factor 'ghost'"))
                .anySatisfy(p -> assertThat(p).contains("add up to 130.0, more than 100"))
                .anySatisfy(p -> assertThat(p).contains("exactly one scenario must be the default"))
                .anySatisfy(p -> assertThat(p).contains("choices[0:azure].embeddings").contains("unknown field"));
        assertThat(refused.getMessage()).startsWith("Risk model broken.yaml is invalid (");
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ModelLoader.fromText("model: [unclosed", "bad.yaml"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void aMissingResourceIsRefused() {
        assertThatThrownBy(() -> ModelLoader.fromClasspath("risk-model/none.yaml"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("no such resource");
    }

    private static final String BROKEN = """
            model: { id: broken, version: 0.0.1, asOf: 2026-01-01, title: Broken }
            scoring: { overall: { contractual: 0.5, availability: 0.5 } }
            pathways:
              - { id: azure_api, title: Azure, description: d }
            sources:
              - { id: s1, title: A source, url: https://example.org/a, date: 2026-01-01 }
            questionnaire:
              sections:
                - id: estate
                  title: Estate
                  questions:
                    - id: estate.clouds
                      type: multi
                      label: Clouds
                      choices: [ { id: azure, label: Azure (chat, embeddings) } ]
                    - id: estate.other
                      type: boolean
                      label: Other
                      when: { question: estate.nowhere, equals: true }
            factors:
              - id: lock_in
                title: Lock-in
                dimension: contractual
                rationale: r
                sources: [s1]
                pathways: { azure_api: { base: 90, max: 80 } }
                drivers:
                  - when: { question: estate.clouds, includes: mainframe }
                    points: 2
                    because: b
              - id: lock_in
                title: Lock-in again
                dimension: contractual
                rationale: r
                pathways: { azure_api: { base: 1, max: 50 } }
              - id: third
                title: Third
                dimension: availability
                rationale: r
                sources: [s9]
                pathways: { azure_api: { base: 1, max: 10 } }
            scenarios:
              - id: now
                title: Now
                description: d
                probability: 0.5
                sources: [s1]
                effects: [ { factor: ghost, add: 1 } ]
            recommendations:
              - { id: r1, pathway: azure_api, priority: 1, title: t, detail: d, factors: [lock_in] }
            """;
}
