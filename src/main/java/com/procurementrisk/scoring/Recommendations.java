package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Decides which recommendations fire, and in what order. */
final class Recommendations {

    /** The group of advice for every pathway, and of advice for a pathway the model does not have. */
    private static final int ALL_GROUP = 1;
    /** The group of advice for a pathway that is not viable: left out. */
    private static final int RULED_OUT = -1;

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
        int[] groupOf = groups(index, ranked);
        EvaluationContext context = context(index, answers, scenario, table);
        List<Recommendation> all = index.model.recommendations();
        // In model order, then sorted stably by group and priority: ties keep the model's order.
        Recommendation[] holding = new Recommendation[all.size()];
        int[] group = new int[all.size()];
        int count = 0;
        for (int i = 0; i < all.size(); i++) {
            Recommendation r = all.get(i);
            int p = index.recommendationPathways[i];
            int g = p < 0 ? ALL_GROUP : groupOf[p];
            if (g != RULED_OUT && r.when().isSatisfiedBy(context)) {
                // Insertion sort: stable, and the few that fire are nearly in order already.
                int at = count++;
                while (at > 0 && comesAfter(group[at - 1], holding[at - 1], g, r)) {
                    holding[at] = holding[at - 1];
                    group[at] = group[at - 1];
                    at--;
                }
                holding[at] = r;
                group[at] = g;
            }
        }
        List<FiredRecommendation> fired = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Recommendation r = holding[i];
            fired.add(new FiredRecommendation(r.id(), r.pathway(), r.priority(), r.title(), r.detail(),
                    r.factors(), r.counterparty(), r.ask(), r.fallback(), r.why()));
        }
        return fired;
    }

    /**
     * [pathway position]: the recommended pathway's own advice first (0), then advice for every
     * pathway (1), then the other pathways' in rank order (rank + 1).
     */
    private static int[] groups(ModelIndex index, List<PathwayResult> ranked) {
        int[] groupOf = new int[index.pathwayCount];
        for (PathwayResult p : ranked) {
            groupOf[index.pathway(p.pathway())] = p.fit() == Viability.NOT_VIABLE ? RULED_OUT
                    : p.rank() == 1 ? 0 : p.rank() + 1;
        }
        return groupOf;
    }

    private static boolean comesAfter(int group, Recommendation r, int otherGroup, Recommendation other) {
        return group != otherGroup ? group > otherGroup : r.priority() > other.priority();
    }

    /** What a recommendation's condition sees: the answers, the scenario and the factors' points. */
    private static EvaluationContext context(ModelIndex index, Answers answers, Scenario scenario, double[][] table) {
        Optional<String> scenarioId = Optional.of(scenario.id());
        return new EvaluationContext() {
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
    }
}
