package com.procurementrisk.config;

import com.procurementrisk.scoring.Band;
import com.procurementrisk.scoring.ResultDiff;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.model.Source;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson reads or writes by reflection that Quarkus cannot see from the REST
 * signatures: the stored result of a revision (read back from the database and from
 * imports) and the diff records. Needed in the native image only.
 */
@RegisterForReflection(targets = {
        ScoringResult.class, ScoringResult.PathwayResult.class, ScoringResult.DimensionResult.class,
        ScoringResult.Scored.class, ScoringResult.Contribution.class, ScoringResult.AnswerEffect.class,
        ScoringResult.FiredRecommendation.class, ScoringResult.ScenarioScores.class,
        ScoringResult.PathwayScores.class, ScoringResult.WorstCase.class, Source.class, Band.class,
        ResultDiff.class, ResultDiff.PathwayChange.class, ResultDiff.Side.class, ResultDiff.FactorChange.class,
        ResultDiff.RecommendationChange.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
