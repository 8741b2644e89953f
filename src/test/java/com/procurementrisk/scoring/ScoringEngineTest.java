package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula of docs/risk-model.md, checked by hand on a tiny model. */
class ScoringEngineTest {

    static final RiskModel FIXTURE = ModelLoader.fromClasspath("risk-model/fixture.yaml");
    static final Answers AZURE_ONLY = Answers.of(Map.of("estate.clouds", new Answer.Multi(List.of("azure")),
            "estate.critical", new Answer.Flag(true)));

    @Test
    void aScoreIsTheSumOfBasePlusTheDriversThatHeld() {
        ScoringResult result = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.defaultScenario());

        // dispute 6 + 3 (no AWS footprint) + lock-in 1.05
        assertThat(result.pathway("aws_frontier").contractual().score()).isEqualTo(10.1);
        assertThat(result.pathway("aws_frontier").contractual().factors())
                .filteredOn(c -> c.id().equals("dispute")).singleElement()
                .satisfies(c -> {
                    assertThat(c.contribution()).isEqualTo(9.0);
                    assertThat(c.movedBy()).singleElement().satisfies(m -> {
                        assertThat(m.because()).isEqualTo("No AWS footprint.");
                        assertThat(m.answers()).containsEntry("estate.clouds", List.of("azure"));
                    });
                });
        assertThat(result.pathway("azure_api").availability().score()).isEqualTo(15.1);
        assertThat(result.pathway("azure_api").overall().score()).isEqualTo(9.1);
    }

    @Test
    void roundedContributionsStillAddUpToTheRoundedScore() {
        ScoringResult result = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.defaultScenario());

        // 2 + 1.05 = 3.05: contributions 2.0 and 1.1 (largest remainder), score 3.1
        var azure = result.pathway("azure_api").contractual();
        assertThat(azure.score()).isEqualTo(3.1);
        assertThat(azure.factors()).extracting(c -> c.contribution()).containsExactly(2.0, 1.1);
    }

    @Test
    void aScenarioMultipliesThenAddsAndNeverPassesTheFactorsMaximum() {
        ScoringResult claim = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.scenario("claim").orElseThrow());

        // (6 + 3) * 2 + 5 = 23, held at the maximum of 20; the scenario added 11
        assertThat(claim.pathway("aws_frontier").contractual().factors()).filteredOn(c -> c.id().equals("dispute"))
                .singleElement().satisfies(c -> {
                    assertThat(c.contribution()).isEqualTo(20.0);
                    assertThat(c.scenarioAdjustment()).isEqualTo(11.0);
                });
        assertThat(claim.pathway("azure_api").contractual().score()).isEqualTo(3.1);
    }

    @Test
    void recommendationsFollowTheRiskThatIsThereAndComeWithTheRecommendedPathwayFirst() {
        List<FiredRecommendation> now = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.defaultScenario())
                .recommendations();
        List<FiredRecommendation> claim = ScoringEngine.score(FIXTURE, AZURE_ONLY,
                FIXTURE.scenario("claim").orElseThrow()).recommendations();

        assertThat(now).extracting(FiredRecommendation::id).containsExactly("later");
        // Azure ranks first: its own advice, then advice for every pathway, then the second pathway's,
        // even though that one is priority 1.
        assertThat(claim.get(0).pathway()).isEqualTo(ScoringEngine.score(FIXTURE, AZURE_ONLY,
                FIXTURE.scenario("claim").orElseThrow()).ranking().get(0));
        assertThat(claim).extracting(FiredRecommendation::id).containsExactly("never", "later", "sue_proof");
    }

    @Test
    void everyScenarioIsSummarisedWithItsExpectationAndWorstCase() {
        ScoringResult result = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.defaultScenario());

        assertThat(result.scenarios()).extracting(s -> s.scenario()).containsExactly("now", "claim");
        PathwayScores expected = result.expected().stream().filter(p -> p.pathway().equals("aws_frontier"))
                .findFirst().orElseThrow();
        // contractual 10.1 now (p 0.75) and 21.1 under the claim (p 0.25): 12.85, rounded half up
        assertThat(expected.contractual()).isEqualTo(12.9);
        assertThat(result.worstCase()).filteredOn(w -> w.pathway().equals("aws_frontier")).singleElement()
                .satisfies(w -> {
                    assertThat(w.contractual()).isEqualTo(21.1);
                    assertThat(w.contractualScenario()).isEqualTo("claim");
                });
    }

    @Test
    void pathwaysAreRankedLowestRiskFirst() {
        ScoringResult result = ScoringEngine.score(FIXTURE, AZURE_ONLY, FIXTURE.defaultScenario());

        assertThat(result.ranking()).containsExactly("azure_api", "aws_frontier");
        assertThat(result.pathways()).extracting(p -> p.rank()).containsExactly(1, 2);
    }
}
