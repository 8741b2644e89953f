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

    static final String CURRENT = "risk-model/openai-procurement-2026.12.0.yaml";
    static final String PREVIOUS = "risk-model/openai-procurement-2026.11.0.yaml";

    @Test
    void currentModelLoadsWithTheContentTheContractPromises() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);

        assertThat(model.info().asOf()).isNotNull();
        assertThat(model.questionnaire().questions()).extracting(q -> q.id()).contains(
                "estate.clouds", "estate.primary_cloud", "estate.azure_commitment", "estate.aws_commitment",
                "products.intended", "workload.criticality", "data.residency", "data.regulated",
                "timeline.go_live_months", "legal.risk_appetite", "multicloud.maturity", "spend.annual_ai_usd");
        assertThat(model.factors()).hasSizeGreaterThanOrEqualTo(20);
        for (String pathway : new String[] {"azure_api", "aws_frontier", "multi_cloud", "openai_direct"}) {
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
    void everyPathwayStatesWhatItSellsOfEveryProductWithSourcesAndWhereElseToBuyIt() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);
        var products = model.questionnaire().question("products.intended").orElseThrow().choices();

        for (var pathway : model.pathways()) {
            for (var product : products) {
                var offer = model.coverage().offer(pathway.id(), product.id());
                assertThat(offer).as("%s / %s", pathway.id(), product.id()).isPresent();
                assertThat(offer.get().sources()).isNotEmpty();
                if (offer.get().status() == com.procurementrisk.scoring.model.CoverageStatus.UNAVAILABLE) {
                    assertThat(offer.get().insteadVia()).as("%s / %s", pathway.id(), product.id()).isNotEmpty()
                            .doesNotContain(pathway.id())
                            .allSatisfy(other -> assertThat(model.coverage().offer(other, product.id()).orElseThrow()
                                    .status()).isNotEqualTo(com.procurementrisk.scoring.model.CoverageStatus.UNAVAILABLE));
                }
            }
        }
    }

    @Test
    void sourcesAreClassifiedAndMostOfWhatFactorsCiteIsPrimary() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);

        assertThat(model.sources()).allSatisfy(s -> {
            assertThat(s.kind()).isIn("primary", "secondary", "commentary");
            assertThat(s.publisher()).isNotBlank();
            assertThat(s.accessed()).isNotNull();
            assertThat(s.date()).isEqualTo(s.published() != null ? s.published() : s.accessed());
            if ("confirmed".equals(s.confidence())) {
                assertThat(s.kind()).as(s.id()).isEqualTo("primary");
            }
        });
        var cited = model.factors().stream().flatMap(f -> f.sources().stream()).distinct().toList();
        assertThat(cited.stream().filter(s -> s.primary()).count() * 2).isGreaterThanOrEqualTo(cited.size());
        // Every factor and coverage statement rests on at least one primary source; a constraint that
        // rests on press alone says that it was reported.
        assertThat(model.factors()).allSatisfy(f -> assertThat(f.sources()).as(f.id()).anyMatch(s -> s.primary()));
        assertThat(model.viability().constraints()).allSatisfy(c -> assertThat(
                c.sources().stream().anyMatch(s -> s.primary()) || c.message().contains("reported")).as(c.id()).isTrue());
        model.coverage().pathways().forEach((p, offers) -> offers.forEach((product, o) ->
                assertThat(o.sources()).as("%s / %s", p, product).anyMatch(s -> s.primary())));
    }

    @Test
    void theContractDefiningAgreementsAreCitedToThePartiesOwnDocuments() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);

        // The October 2025 and April 2026 Microsoft-OpenAI agreements, the Amazon deal and the Frontier launch.
        for (String id : new String[] {"openai_2025_next_chapter", "ms_2026_next_phase", "openai_2026_next_phase",
                "amazon_2026_partnership", "amazon_2026_8k", "openai_2026_frontier"}) {
            var source = model.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            assertThat(source.kind()).as(id).isEqualTo("primary");
            assertThat(source.url()).as(id).containsAnyOf("openai.com", "microsoft.com", "aboutamazon.com", "sec.gov");
        }
    }

    @Test
    void everyRecommendationNamesItsCounterpartyAskAndReason() {
        RiskModel model = ModelLoader.fromClasspath(CURRENT);

        assertThat(model.recommendations()).allSatisfy(r -> {
            assertThat(r.counterparty()).isIn("microsoft", "aws", "openai", "internal");
            assertThat(r.ask()).isNotBlank();
            assertThat(r.why()).isNotBlank();
            if (!r.counterparty().equals("internal")) {
                assertThat(r.fallback()).as(r.id()).isNotBlank();
            }
        });
        assertThat(model.recommendations()).extracting(r -> r.counterparty())
                .contains("microsoft", "aws", "openai");
    }

    @Test
    void thePreviousModelVersionStillLoadsSoSavedResultsCanBeRescored() {
        RiskModel previous = ModelLoader.fromClasspath(PREVIOUS);

        assertThat(previous.version()).isEqualTo("2026.11.0");
        assertThat(previous.info().format()).isEqualTo(1);
        assertThat(previous.pathways()).hasSize(3);
        assertThat(previous.coverage().pathways()).isEmpty();
    }

    @Test
    void aModelWithGapsInCoverageOrUnclassifiedSourcesIsRefused() {
        InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
                () -> ModelLoader.fromText(FORMAT_2_BROKEN, "format2.yaml"));

        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).contains("no coverage stated for product 'chat'"))
                .anySatisfy(p -> assertThat(p).contains("only a primary source can be 'confirmed'"))
                .anySatisfy(p -> assertThat(p).contains("say where the product is bought instead"))
                .anySatisfy(p -> assertThat(p).contains("unknown product 'ghost'"))
                .anySatisfy(p -> assertThat(p).contains("status must be partial or not_viable"))
                .anySatisfy(p -> assertThat(p).contains("counterparty").contains("unknown counterparty 'nobody'"))
                .anySatisfy(p -> assertThat(p).contains("appliesWhen").contains("unknown question 'estate.nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("accessed"));
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

    static final String FORMAT_2_BROKEN = """
            model: { id: m, version: 1.0.0, format: 2, asOf: 2026-01-01, title: T }
            scoring: { overall: { contractual: 0.5, availability: 0.5 } }
            pathways:
              - { id: azure_api, title: A, description: d }
              - { id: aws_frontier, title: B, description: d }
            sources:
              - { id: p1, title: P, url: https://example.org/p, publisher: X, kind: primary, accessed: 2026-01-01 }
              - { id: s1, title: S, url: https://example.org/s, publisher: X, kind: secondary, published: 2026-01-01,
                  accessed: 2026-01-02, confidence: confirmed }
              - { id: s2, title: S, url: https://example.org/s2, publisher: X, kind: primary }
            questionnaire:
              sections:
                - id: products
                  title: P
                  questions:
                    - id: products.intended
                      type: multi
                      label: L
                      required: true
                      choices: [ { id: api, label: API }, { id: chat, label: Chat } ]
            coverage:
              question: products.intended
              pathways:
                azure_api:
                  api: { status: available, note: n, sources: [p1] }
                  chat: { status: unavailable, note: n, sources: [p1] }
                aws_frontier:
                  api: { status: available, note: n, sources: [p1] }
            viability:
              preview: { message: m }
              constraints:
                - { id: c1, pathways: [aws_frontier], products: [ghost], status: viable, message: m, sources: [p1],
                    when: { question: products.intended, includes: api } }
            factors:
              - id: f1
                title: F
                dimension: contractual
                rationale: r
                sources: [p1]
                appliesWhen: { question: estate.nowhere, answered: true }
                pathways: { azure_api: { base: 1, max: 5 } }
            scenarios:
              - { id: now, title: N, description: d, probability: 1, default: true, sources: [p1] }
            recommendations:
              - { id: r1, pathway: all, priority: 1, title: T, detail: d, counterparty: nobody, ask: a, why: w }
            """;
}
