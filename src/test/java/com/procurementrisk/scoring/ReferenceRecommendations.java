package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides which recommendations fire, and in what order. */
final class ReferenceRecommendations {

    private ReferenceRecommendations() {
    }

    /**
     * The recommendations whose conditions hold, grouped by pathway: the recommended (first-ranked)
     * pathway's own advice first, then advice for every pathway, then the other pathways' advice in
     * rank order; by priority within a group, then in model order. Advice for a pathway that is
     * not viable is left out: the buyer cannot take that route.
     */
    static List<FiredRecommendation> fired(RiskModel model, Answers answers, Scenario scenario,
                                           Map<String, Map<String, Double>> table, List<PathwayResult> ranked) {
        Map<String, Integer> group = new LinkedHashMap<>();
        group.put(Recommendation.ALL_PATHWAYS, 1);
        ranked.forEach(p -> group.put(p.pathway(), p.rank() == 1 ? 0 : p.rank() + 1));
        Set<String> ruledOut = ranked.stream().filter(p -> p.fit() == Viability.NOT_VIABLE)
                .map(PathwayResult::pathway).collect(Collectors.toSet());
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
                return points == null ? OptionalDouble.empty() : OptionalDouble.of(ReferenceRounding.tenth(points));
            }
        };
        List<Recommendation> all = model.recommendations();
        return all.stream()
                .filter(r -> !ruledOut.contains(r.pathway()) && r.when().isSatisfiedBy(context))
                .sorted(Comparator.comparingInt((Recommendation r) -> group.getOrDefault(r.pathway(), 1))
                        .thenComparingInt(Recommendation::priority)
                        .thenComparingInt(all::indexOf))
                .map(r -> new FiredRecommendation(r.id(), r.pathway(), r.priority(), r.title(), r.detail(),
                        r.factors(), r.counterparty(), r.ask(), r.fallback(), r.why()))
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
