package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.Viability;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties the scores must have for any valid answers, under the current model. */
class ScoringPropertiesTest {

    static final RiskModel MODEL = ModelLoader.fromClasspath(ModelLoaderTest.CURRENT);
    static final List<String> PATHWAYS = List.of("azure_api", "aws_frontier", "multi_cloud", "openai_direct");
    static final List<String> SINGLE_ROUTES = List.of("azure_api", "aws_frontier", "openai_direct");
    static final List<String> CRITICALITY = List.of("experimental", "internal", "customer_facing", "mission_critical");

    @Provide
    Arbitrary<Answers> answers() {
        return AnswerSets.validFor(MODEL.questionnaire());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return net.jqwik.api.Arbitraries.of(MODEL.scenarios());
    }

    @Property(tries = 300)
    void scoresStayWithinZeroToHundredAndFactorsAddUpToThem(@ForAll("answers") Answers answers,
                                                            @ForAll("scenarios") Scenario scenario) {
        ScoringResult result = ScoringEngine.score(MODEL, answers, scenario);

        assertThat(result.pathways()).extracting(PathwayResult::pathway).containsExactlyInAnyOrderElementsOf(PATHWAYS);
        assertThat(result.pathways()).extracting(PathwayResult::rank).containsExactly(1, 2, 3, 4);
        for (PathwayResult p : result.pathways()) {
            for (DimensionResult d : List.of(p.contractual(), p.availability())) {
                assertThat(d.score()).isBetween(0.0, 100.0);
                assertThat(d.band()).isEqualTo(Band.of(d.score()));
                double sum = d.factors().stream().mapToDouble(Contribution::contribution).sum();
                assertThat(sum).isCloseTo(d.score(), within(0.1));
                assertThat(d.factors()).allSatisfy(f -> assertThat(f.contribution()).isBetween(0.0, f.max()));
            }
            assertThat(p.overall().score()).isBetween(0.0, 100.0);
        }
        // Viable before partial before not viable; then fewer requested products it cannot deliver;
        // then lowest overall risk.
        for (int i = 0; i + 1 < result.pathways().size(); i++) {
            PathwayResult better = result.pathways().get(i);
            PathwayResult worse = result.pathways().get(i + 1);
            assertThat(better.fit()).isLessThanOrEqualTo(worse.fit());
            if (better.fit() == worse.fit()) {
                assertThat(better.shortfall()).isLessThanOrEqualTo(worse.shortfall());
                if (better.shortfall() == worse.shortfall()) {
                    assertThat(better.overall().score()).isLessThanOrEqualTo(worse.overall().score());
                }
            }
        }
    }

    @Property(tries = 300)
    void coverageListsExactlyTheRequestedProductsAndEveryGapIsAReason(@ForAll("answers") Answers answers,
                                                                      @ForAll("scenarios") Scenario scenario) {
        ScoringResult result = ScoringEngine.score(MODEL, answers, scenario);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) answers.get("products.intended").orElseThrow().value();

        for (PathwayResult p : result.pathways()) {
            assertThat(p.coverage()).extracting(c -> c.product()).containsExactlyElementsOf(requested);
            for (var c : p.coverage()) {
                if (c.status() == CoverageStatus.UNAVAILABLE) {
                    assertThat(c.insteadVia()).isNotEmpty();
                    assertThat(p.viability().reasons()).anySatisfy(r -> assertThat(r.products()).contains(c.product()));
                    assertThat(p.fit()).isNotEqualTo(Viability.VIABLE);
                }
            }
            boolean sellsNothingAsked = p.coverage().stream().allMatch(c -> c.status() == CoverageStatus.UNAVAILABLE);
            if (sellsNothingAsked) {
                assertThat(p.fit()).isEqualTo(Viability.NOT_VIABLE);
            }
            assertThat(p.fit() == Viability.VIABLE).isEqualTo(p.viability().reasons().isEmpty());
        }
    }

    @Property(tries = 300)
    void theFirstAdviceIsForTheRecommendedPathwayAndNoneForARouteRuledOut(@ForAll("answers") Answers answers,
                                                                         @ForAll("scenarios") Scenario scenario) {
        ScoringResult result = ScoringEngine.score(MODEL, answers, scenario);

        if (!result.recommendations().isEmpty()) {
            assertThat(result.recommendations().get(0).pathway()).isIn(result.recommended().pathway(), "all");
        }
        for (var r : result.recommendations()) {
            if (!r.pathway().equals("all")) {
                assertThat(result.pathway(r.pathway()).fit()).isNotEqualTo(Viability.NOT_VIABLE);
            }
        }
    }

    @Property(tries = 300)
    void aFactorThatDoesNotConcernTheBuyerAddsNothing(@ForAll("answers") Answers answers,
                                                      @ForAll("scenarios") Scenario scenario) {
        ScoringResult result = ScoringEngine.score(MODEL, answers, scenario);

        for (PathwayResult p : result.pathways()) {
            for (DimensionResult d : List.of(p.contractual(), p.availability())) {
                assertThat(d.factors()).filteredOn(c -> Boolean.FALSE.equals(c.applies()))
                        .allSatisfy(c -> {
                            assertThat(c.contribution()).isZero();
                            assertThat(c.movedBy()).isEmpty();
                        });
            }
        }
    }

    @Property(tries = 200)
    void establishedMultiCloudOperationsHelpMultiCloudAtLeastAsMuchAsAnySingleRoute(
            @ForAll("answers") Answers answers, @ForAll("scenarios") Scenario scenario) {
        for (String from : List.of("none", "some")) {
            ScoringResult before = score(answers.with("multicloud.maturity", new Answer.Single(from)), scenario);
            ScoringResult after = score(answers.with("multicloud.maturity", new Answer.Single("established")), scenario);
            double multiGain = overall(before, "multi_cloud") - overall(after, "multi_cloud");
            assertThat(multiGain).as("multi-cloud from %s", from).isGreaterThan(0);
            for (String single : SINGLE_ROUTES) {
                double gain = overall(before, single) - overall(after, single);
                assertThat(multiGain).as("%s from %s", single, from).isGreaterThanOrEqualTo(gain);
            }
        }
    }

    @Property(tries = 300)
    void droppingThePreviewRuntimeAndAgentsLowersAwsAvailabilityRisk(@ForAll("answers") Answers answers,
                                                                   @ForAll("scenarios") Scenario scenario) {
        @SuppressWarnings("unchecked")
        List<String> products = new ArrayList<>((List<String>) answers.get("products.intended").orElseThrow().value());
        List<String> rest = products.stream().filter(p -> !p.equals("frontier_agents") && !p.equals("stateful_runtime"))
                .toList();
        Assume.that(clouds(answers).contains("aws") && rest.size() < products.size() && !rest.isEmpty());

        double with = availability(score(answers, scenario), "aws_frontier");
        double without = availability(score(answers.with("products.intended", new Answer.Multi(rest)), scenario),
                "aws_frontier");

        assertThat(without).isLessThan(with);
    }

    @Property(tries = 300)
    void requiringResidencyNeverImprovesARoute(@ForAll("answers") Answers answers,
                                              @ForAll("scenarios") Scenario scenario) {
        ScoringResult none = score(answers.with("data.residency", new Answer.Single("none")), scenario);
        for (String residency : List.of("eu", "uk", "us", "other")) {
            ScoringResult resident = score(answers.with("data.residency", new Answer.Single(residency)), scenario);
            for (String pathway : PATHWAYS) {
                assertThat(resident.pathway(pathway).fit()).as("%s under %s", pathway, residency)
                        .isGreaterThanOrEqualTo(none.pathway(pathway).fit());
                assertThat(overall(resident, pathway)).as("%s under %s", pathway, residency)
                        .isGreaterThanOrEqualTo(overall(none, pathway));
            }
        }
    }

    @Property(tries = 200)
    void aRouteThatCannotProcessInTheRegionIsNeverViableForARegionBoundBuyerOfItsProducts(
            @ForAll("answers") Answers answers) {
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) answers.get("products.intended").orElseThrow().value();
        List<String> products = asked.stream()
                .filter(List.of("stateless_api", "frontier_agents", "stateful_runtime")::contains).toList();
        Answers bedrockProducts = answers.with("products.intended",
                new Answer.Multi(products.isEmpty() ? List.of("stateless_api") : products));

        for (String residency : List.of("eu", "uk", "other")) {
            ScoringResult result = score(bedrockProducts.with("data.residency", new Answer.Single(residency)),
                    MODEL.defaultScenario());
            assertThat(result.pathway("aws_frontier").fit()).as(residency).isEqualTo(Viability.NOT_VIABLE);
        }
    }

    @Property(tries = 100)
    void identicalInputGivesIdenticalOutput(@ForAll("answers") Answers answers, @ForAll("scenarios") Scenario scenario) {
        Answers copy = Answers.of(Map.copyOf(answers.asMap()));

        assertThat(ScoringEngine.score(MODEL, copy, scenario)).isEqualTo(ScoringEngine.score(MODEL, answers, scenario));
    }

    @Property(tries = 200)
    void aBuyerWithoutAzureCarriesMoreAzureAvailabilityRiskThanAnAzurePrimaryCommittedBuyer(
            @ForAll("answers") Answers answers, @ForAll("scenarios") Scenario scenario) {
        assertFootprintLowersAvailabilityRisk(answers, scenario, "azure", "estate.azure_commitment", "azure_api");
    }

    @Property(tries = 200)
    void aBuyerWithoutAwsCarriesMoreFrontierAvailabilityRiskThanAnAwsPrimaryCommittedBuyer(
            @ForAll("answers") Answers answers, @ForAll("scenarios") Scenario scenario) {
        assertFootprintLowersAvailabilityRisk(answers, scenario, "aws", "estate.aws_commitment", "aws_frontier");
    }

    @Property(tries = 200)
    void aFiledLegalClaimNeverLowersFrontierContractualRisk(@ForAll("answers") Answers answers) {
        Scenario claim = MODEL.scenario("formal_legal_claim_filed").orElseThrow();

        double withClaim = contractual(ScoringEngine.score(MODEL, answers, claim), "aws_frontier");
        double baseline = contractual(ScoringEngine.score(MODEL, answers, MODEL.defaultScenario()), "aws_frontier");

        assertThat(withClaim).isGreaterThanOrEqualTo(baseline);
    }

    @Property(tries = 200)
    void requiringEuProcessingRaisesFrontierAvailabilityRiskWhileBedrockIsUsOnly(@ForAll("answers") Answers answers) {
        Scenario now = MODEL.defaultScenario();
        for (String elsewhere : List.of("none", "us")) {
            double eu = availability(score(answers.with("data.residency", new Answer.Single("eu")), now), "aws_frontier");
            double other = availability(score(answers.with("data.residency", new Answer.Single(elsewhere)), now),
                    "aws_frontier");
            assertThat(eu).as("eu vs %s", elsewhere).isGreaterThan(other);
        }
    }

    @Property(tries = 200)
    void raisingCriticalityRaisesSingleRouteAvailabilityAtLeastAsMuchAsMultiCloud(
            @ForAll("answers") Answers answers, @ForAll("scenarios") Scenario scenario) {
        for (int level = 0; level + 1 < CRITICALITY.size(); level++) {
            ScoringResult lower = score(answers.with("workload.criticality", new Answer.Single(CRITICALITY.get(level))),
                    scenario);
            ScoringResult higher = score(answers.with("workload.criticality",
                    new Answer.Single(CRITICALITY.get(level + 1))), scenario);
            double multiRise = availability(higher, "multi_cloud") - availability(lower, "multi_cloud");
            assertThat(multiRise).isGreaterThanOrEqualTo(0);
            for (String single : SINGLE_ROUTES) {
                double rise = availability(higher, single) - availability(lower, single);
                assertThat(rise).as("%s from %s", single, CRITICALITY.get(level))
                        .isGreaterThanOrEqualTo(multiRise - 0.1);
            }
        }
    }

    @Property(tries = 200)
    void lowLegalRiskAppetiteRaisesContractualScores(@ForAll("answers") Answers answers,
                                                      @ForAll("scenarios") Scenario scenario) {
        ScoringResult low = score(answers.with("legal.risk_appetite", new Answer.Single("low")), scenario);
        ScoringResult medium = score(answers.with("legal.risk_appetite", new Answer.Single("medium")), scenario);
        ScoringResult high = score(answers.with("legal.risk_appetite", new Answer.Single("high")), scenario);
        for (String pathway : PATHWAYS) {
            assertThat(contractual(low, pathway)).as(pathway).isGreaterThan(contractual(high, pathway));
            assertThat(contractual(medium, pathway)).as(pathway)
                    .isBetween(contractual(high, pathway), contractual(low, pathway));
        }
    }

    private void assertFootprintLowersAvailabilityRisk(Answers answers, Scenario scenario, String cloud,
                                                       String commitment, String pathway) {
        List<String> others = new ArrayList<>(clouds(answers));
        others.remove(cloud);
        if (others.isEmpty()) {
            others.add("on_prem");
        }
        List<String> withCloud = new ArrayList<>(others);
        withCloud.add(cloud);
        Answers footprint = revalidate(answers.with("estate.clouds", new Answer.Multi(withCloud))
                .with("estate.primary_cloud", new Answer.Single(cloud))
                .with(commitment, new Answer.Single("committed_spend")));
        Answers none = revalidate(answers.with("estate.clouds", new Answer.Multi(others))
                .with("estate.primary_cloud", new Answer.Single(others.get(0))));

        assertThat(availability(score(none, scenario), pathway))
                .isGreaterThan(availability(score(footprint, scenario), pathway));
    }

    @SuppressWarnings("unchecked")
    private static List<String> clouds(Answers answers) {
        return (List<String>) answers.get("estate.clouds").orElseThrow().value();
    }

    /** Runs edited answers through the reader again, dropping answers that no longer apply. */
    static Answers revalidate(Answers answers) {
        AnswerReading reading = AnswerReader.read(MODEL.questionnaire(), answers.values());
        assertThat(reading.problems()).isEmpty();
        return reading.answers();
    }

    private static ScoringResult score(Answers answers, Scenario scenario) {
        return ScoringEngine.score(MODEL, revalidate(answers), scenario);
    }

    static double contractual(ScoringResult result, String pathway) {
        return result.pathway(pathway).contractual().score();
    }

    static double overall(ScoringResult result, String pathway) {
        return result.pathway(pathway).overall().score();
    }

    static double availability(ScoringResult result, String pathway) {
        return result.pathway(pathway).availability().score();
    }
}
