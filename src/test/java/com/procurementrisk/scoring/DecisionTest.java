package com.procurementrisk.scoring;

import com.procurementrisk.scoring.BuyerArchetypes.Archetype;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision summary a buyer reads first, derived from a result. */
class DecisionTest {

    @Test
    void theDecisionNamesTheFirstPathwayItsRobustnessItsLeadAndTheFirstActions() {
        ScoringResult result = BuyerArchetypeTest.score(buyer("AWS-native US"));
        Decision decision = Decision.of(result);

        assertThat(decision.recommended().pathway()).isEqualTo("aws_frontier");
        assertThat(decision.runnerUp().pathway()).isEqualTo(result.pathways().get(1).pathway());
        assertThat(decision.lead()).isEqualTo(Math.round((result.pathways().get(1).overall().score()
                - result.pathways().get(0).overall().score()) * 10) / 10.0);
        long firstUnder = result.scenarios().stream().filter(s -> s.pathways().stream()
                .anyMatch(p -> p.rank() == 1 && p.pathway().equals("aws_frontier"))).count();
        assertThat(decision.firstIn()).hasSize((int) firstUnder);
        assertThat(decision.robust()).isEqualTo(firstUnder == result.scenarios().size());
        assertThat(decision.actions()).containsExactlyElementsOf(result.recommendations().subList(0, 3));
        assertThat(decision.caveats()).isEmpty();
    }

    @Test
    void theDriversAreTheFactorsWhereTheRecommendedRouteCarriesTheLeastRiskComparedWithTheRunnerUp() {
        Decision decision = Decision.of(BuyerArchetypeTest.score(buyer("AWS-native US")));

        assertThat(decision.drivers()).hasSize(3).allSatisfy(d -> assertThat(d.advantage()).isPositive());
        assertThat(decision.drivers()).extracting(Decision.Driver::advantage).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // The buyer has no agreement with OpenAI; that is what separates the two routes most.
        assertThat(decision.drivers()).extracting(Decision.Driver::factor).contains("provider_onboarding_capacity");
    }

    @Test
    void whenTheRunnerUpCannotDeliverWhatWasAskedThatIsTheFirstReason() {
        Decision decision = Decision.of(BuyerArchetypeTest.score(buyer("ChatGPT Enterprise")));

        assertThat(decision.recommended().pathway()).isEqualTo("openai_direct");
        assertThat(decision.drivers().get(0).limit()).contains("ChatGPT Enterprise");
    }

    @Test
    void aRecommendedRouteThatDeliversOnlyPartOfTheNeedCarriesItsReasonsAsCaveats() {
        ScoringResult result = BuyerArchetypeTest.score(buyer("EU buyer on AWS only"));
        Decision decision = Decision.of(result);

        assertThat(decision.deliversAll()).isFalse();
        assertThat(decision.caveats()).isNotEmpty()
                .containsExactlyElementsOf(decision.recommended().viability().reasons().stream()
                        .map(ScoringResult.Reason::message).toList());
    }

    private static Archetype buyer(String prefix) {
        return BuyerArchetypes.all().stream().filter(a -> a.name().startsWith(prefix)).findFirst().orElseThrow();
    }
}
