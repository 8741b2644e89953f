package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Decides which recommendations fire, and in what order. */
final class Recommendations {

    private Recommendations() {
    }

    /**
     * The recommendations whose conditions hold, grouped by pathway: the recommended (first-ranked)
     * pathway's own advice first, then advice for every pathway, then the other pathways' advice in
     * rank order; by priority within a group, then in model order. Advice for a pathway that is
     * not viable is left out: the buyer cannot take that route.
     */
    static List<FiredRecommendation> fired(ModelIndex index, Answers answers, Scenario scenario, double[][] table,
                                           List<PathwayResult> ranked) {
        Map<String, Integer> group = new HashMap<>();
        group.put(Recommendation.ALL_PATHWAYS, 1);
        ranked.forEach(p -> group.put(p.pathway(), p.rank() == 1 ? 0 : p.rank() + 1));
        Set<String> ruledOut = new HashSet<>();
        ranked.stream().filter(p -> p.fit() == Viability.NOT_VIABLE).forEach(p -> ruledOut.add(p.pathway()));
        Optional<String> scenarioId = Optional.of(scenario.id());
        EvaluationContext context = new EvaluationContext() {
            @Override
            public Answers answers() {
                return answers;
            }

            @Override
            public Optional<String> scenario() {
                return scenarioId;
            }

            @Override
            public OptionalDouble factorPoints(String factor, String pathway) {
                int f = index.factor(factor);
                int p = index.pathway(pathway);
                return f < 0 || p < 0 || index.weights[f][p] == null ? OptionalDouble.empty()
                        : OptionalDouble.of(Rounding.tenth(table[f][p]));
            }
        };
        List<Recommendation> all = index.model.recommendations();
        // In model order, then sorted stably by group and priority: ties keep the model's order.
        List<Recommendation> holding = new ArrayList<>();
        for (Recommendation r : all) {
            if (!ruledOut.contains(r.pathway()) && r.when().isSatisfiedBy(context)) {
                holding.add(r);
            }
        }
        holding.sort(Comparator.comparingInt((Recommendation r) -> group.getOrDefault(r.pathway(), 1))
                .thenComparingInt(Recommendation::priority));
        List<FiredRecommendation> fired = new ArrayList<>(holding.size());
        for (Recommendation r : holding) {
            fired.add(new FiredRecommendation(r.id(), r.pathway(), r.priority(), r.title(), r.detail(),
                    r.factors(), r.counterparty(), r.ask(), r.fallback(), r.why()));
        }
        return fired;
    }
}
