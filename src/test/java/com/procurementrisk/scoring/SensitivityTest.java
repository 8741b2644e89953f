package com.procurementrisk.scoring;

import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.Sensitivity.Change;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.procurementrisk.scoring.ScoringEngineTest.FIXTURE;
import static org.assertj.core.api.Assertions.assertThat;

/** What would change the ranking, on the hand-checked fixture model. */
class SensitivityTest {

    @Test
    void whenNothingReordersThePathwaysTheClosestChangesAreNamed() {
        Answers answers = Answers.of(Map.of("estate.clouds", new Answer.Multi(List.of("azure")),
                "estate.critical", new Answer.Flag(true)));

        Analysis analysis = Sensitivity.analyse(FIXTURE, answers, FIXTURE.defaultScenario(), 3);

        assertThat(analysis.answers()).isEmpty();
        // Azure leads AWS by 12.6 - 9.1 = 3.5 overall. Adding AWS to the estate removes the 3 contractual
        // points of "no AWS footprint" (1.5 overall): the lead shrinks to 2.0. Nothing else narrows it.
        assertThat(analysis.closest()).extracting(Change::question).containsExactly("estate.clouds");
        assertThat(analysis.closest().get(0).lead()).isEqualTo(2.0);
        assertThat(analysis.closest().get(0).to()).isEqualTo(List.of("azure", "aws"));
    }

    @Test
    void aBuyerWhoseRegionRulesAwsOutIsToldWhichAnswerWouldChangeTheBestRoute() {
        var model = BuyerArchetypeTest.MODEL;
        var buyer = BuyerArchetypes.all().stream().filter(a -> a.name().startsWith("AWS-native EU")).findFirst()
                .orElseThrow();

        Analysis analysis = Sensitivity.analyse(model, buyer.read(model), model.defaultScenario(), 3);

        // Dropping the EU residency requirement makes Bedrock a viable route on the buyer's own estate.
        assertThat(analysis.answers()).filteredOn(Change::topChanges)
                .anySatisfy(c -> {
                    assertThat(c.question()).isEqualTo("data.residency");
                    assertThat(c.ranking().get(0)).isEqualTo("aws_frontier");
                });
    }

    @Test
    void aLeadOnViabilityIsNotReportedAsALeadInPoints() {
        var model = BuyerArchetypeTest.MODEL;
        for (var buyer : BuyerArchetypes.all()) {
            Answers answers = buyer.read(model);
            var top = ScoringEngine.summary(model, answers, model.defaultScenario());
            Analysis analysis = Sensitivity.analyse(model, answers, model.defaultScenario(), 3);
            if (top.get(0).fit() != top.get(1).fit()) {
                assertThat(analysis.closest()).as(buyer.name()).isEmpty();
            }
        }
    }
}
