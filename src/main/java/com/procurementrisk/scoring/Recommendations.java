package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Decides which recommendations fire, and in what order. */
final class Recommendations {

    private Recommendations() {
    }

    /**
     * The recommendations whose conditions hold, by priority, then by the rank of their
     * pathway (advice for every pathway first), then in model order.
     */
    static List<FiredRecommendation> fired(RiskModel model, Answers answers, Scenario scenario,
                                           Map<String, Map<String, Double>> table, Map<String, Integer> ranks) {
        EvaluationContext context = new EvaluationContext() {
            @Override
            public Answers answers() {
                return answers;
            }

            @Override
            public Optional<String> scenario() {
                return Optional.of(scenario.id());
            }

            @Override
            public OptionalDouble factorPoints(String factor, String pathway) {
                Double points = table.getOrDefault(factor, Map.of()).get(pathway);
                return points == null ? OptionalDouble.empty() : OptionalDouble.of(Rounding.tenth(points));
            }
        };
        List<Recommendation> all = model.recommendations();
        return all.stream()
                .filter(r -> r.when().isSatisfiedBy(context))
                .sorted(Comparator.comparingInt(Recommendation::priority)
                        .thenComparingInt(r -> ranks.getOrDefault(r.pathway(), 0))
                        .thenComparingInt(all::indexOf))
                .map(r -> new FiredRecommendation(r.id(), r.pathway(), r.priority(), r.title(), r.detail(),
                        r.factors()))
                .toList();
    }

    /** The buyer's answers to the questions a condition reads (null where unanswered). */
    static Map<String, Object> answersRead(Condition condition, Answers answers) {
        Map<String, Object> read = new LinkedHashMap<>();
        for (String question : condition.questions()) {
            read.put(question, answers.get(question).map(Answer::value).orElse(null));
        }
        return read;
    }
}
