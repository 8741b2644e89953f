package com.procurementrisk.scoring;

import com.procurementrisk.scoring.BuyerArchetypes.Archetype;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimised scoring core gives exactly the results of the straightforward one it replaced
 * (the Reference* classes): every score, explanation and what-if change, bit for bit, for generated
 * buyers and the archetypes, under every scenario of both shipped model versions.
 */
class ReferenceEquivalenceTest {

    static final RiskModel CURRENT = ModelLoader.fromClasspath(ModelLoaderTest.CURRENT);
    static final RiskModel PREVIOUS = ModelLoader.fromClasspath(ModelLoaderTest.PREVIOUS);

    @Provide
    Arbitrary<Answers> current() {
        return AnswerSets.validFor(CURRENT.questionnaire());
    }

    @Provide
    Arbitrary<Answers> previous() {
        return AnswerSets.validFor(PREVIOUS.questionnaire());
    }

    @Property(tries = 200)
    void everyScoreAndExplanationIsAsBefore(@ForAll("current") Answers answers) {
        assertSameScores(CURRENT, answers);
    }

    @Property(tries = 100)
    void everyScoreUnderThePreviousModelIsAsBefore(@ForAll("previous") Answers answers) {
        assertSameScores(PREVIOUS, answers);
    }

    @Property(tries = 25)
    void theWhatIfAnalysisNamesTheSameChangesAsReScoringEachChange(@ForAll("current") Answers answers) {
        assertSameAnalysis(CURRENT, answers);
    }

    @Property(tries = 10)
    void theWhatIfAnalysisUnderThePreviousModelIsAsBefore(@ForAll("previous") Answers answers) {
        assertSameAnalysis(PREVIOUS, answers);
    }

    @Example
    void everyArchetypeScoresAndAnalysesAsBefore() {
        for (Archetype a : BuyerArchetypes.all()) {
            Answers answers = a.read(CURRENT);
            assertSameScores(CURRENT, answers);
            assertSameAnalysis(CURRENT, answers);
        }
    }

    @Property(tries = 2000)
    void roundingToTenthsIsHalfUpOnTheDecimalValue(@ForAll("values") double value) {
        assertThat(Rounding.tenth(value)).isEqualTo(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)
                .doubleValue());
    }

    @Property(tries = 2000)
    void weightedSumsAreRoundedOnTheirDecimalValue(@ForAll("weights") double weightA, @ForAll("tenths") double a,
                                                   @ForAll("tenths") double b) {
        double weightB = ReferenceRounding.tenth(1 - weightA) == 1 - weightA ? 1 - weightA : 0.35;
        assertThat(Rounding.weighted(weightA, a, weightB, b))
                .isEqualTo(ReferenceRounding.weighted(weightA, a, weightB, b));
    }

    @Property(tries = 1000)
    void sumsAreExactlyTheStreamSumsScoresAlwaysUsed(@ForAll("columns") double[] values) {
        assertThat(Rounding.sum(values, values.length)).isEqualTo(DoubleStream.of(values).sum());
    }

    @Provide
    Arbitrary<double[]> columns() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 100).ofScale(3),
                Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.of(0.1, 0.2, 0.3, 1e-16, 1e16, 7.35))
                .array(double[].class).ofMaxSize(25);
    }

    @Provide
    Arbitrary<Double> values() {
        // Scores and their differences, with many values on (or a hair off) a rounding boundary.
        return Arbitraries.oneOf(Arbitraries.doubles().between(-200, 200),
                Arbitraries.integers().between(-2000, 2000).map(n -> n / 10.0 + 0.05),
                Arbitraries.integers().between(-20000, 20000).map(n -> n / 100.0),
                Arbitraries.integers().between(-2000, 2000).map(n -> n * 0.1 + 0.05 * 3 - 0.1),
                Arbitraries.of(0.0, -0.0, -0.04, 0.05, -0.05, 49.95, 1e-17, Double.MIN_VALUE, 1e15 + 0.05));
    }

    @Provide
    Arbitrary<Double> weights() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 100).map(n -> n / 100.0),
                Arbitraries.of(0.6, 0.4, 0.55, 0.45, 0.125, 1.0 / 3));
    }

    @Provide
    Arbitrary<Double> tenths() {
        return Arbitraries.integers().between(0, 1000).map(n -> n / 10.0);
    }

    static void assertSameScores(RiskModel model, Answers answers) {
        for (Scenario s : model.scenarios()) {
            assertThat(ScoringEngine.score(model, answers, s)).isEqualTo(ReferenceScoringEngine.score(model, answers, s));
            assertThat(ScoringEngine.summary(model, answers, s))
                    .isEqualTo(ReferenceScoringEngine.summary(model, answers, s));
        }
    }

    static void assertSameAnalysis(RiskModel model, Answers answers) {
        for (Scenario s : model.scenarios()) {
            assertThat(Sensitivity.analyse(model, answers, s, 3))
                    .isEqualTo(ReferenceSensitivity.analyse(model, answers, s, 3));
        }
    }
}
