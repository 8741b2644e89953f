package com.procurementrisk.scoring.load;

import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Effect;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks that need the whole model: uniqueness, ranges, sums. */
final class ModelChecks {

    static final double MAX_SCORE = 100;
    private static final double TOLERANCE = 1e-6;

    private ModelChecks() {
    }

    static void check(RiskModel model, Problems problems) {
        weights(model, problems);
        questions(model, problems);
        unique(model.factors(), Factor::id, "factors", problems);
        unique(model.scenarios(), Scenario::id, "scenarios", problems);
        unique(model.recommendations(), Recommendation::id, "recommendations", problems);
        model.factors().forEach(f -> factor(f, problems));
        ceilings(model, problems);
        scenarios(model, problems);
        model.recommendations().stream().filter(r -> r.priority() < 1 || r.priority() > 5)
                .forEach(r -> problems.add("recommendations." + r.id(), "priority must be 1..5, found " + r.priority()));
    }

    private static void weights(RiskModel model, Problems problems) {
        double c = model.weights().contractual();
        double a = model.weights().availability();
        if (c < 0 || a < 0 || Math.abs(c + a - 1) > TOLERANCE) {
            problems.add("scoring.overall", "weights must be >= 0 and sum to 1, found " + c + " + " + a);
        }
    }

    private static void questions(RiskModel model, Problems problems) {
        for (Question q : model.questionnaire().questions()) {
            if (q.minSelections() < 0 || q.minSelections() > Math.max(q.choices().size(), 0)) {
                problems.add("questions." + q.id(), "minSelections must be between 0 and the number of choices");
            }
        }
    }

    private static void factor(Factor f, Problems problems) {
        String where = "factors." + f.id();
        for (Map.Entry<String, FactorWeight> e : f.pathways().entrySet()) {
            FactorWeight w = e.getValue();
            if (w.max() <= 0 || w.max() > MAX_SCORE) {
                problems.add(where + ".pathways." + e.getKey(), "max must be in 1..100, found " + w.max());
            }
            if (w.base() < 0 || w.base() > w.max()) {
                problems.add(where + ".pathways." + e.getKey(), "base must be in 0..max, found " + w.base());
            }
        }
        for (Driver d : f.drivers()) {
            d.points().forEach((pathway, points) -> {
                if (points < -MAX_SCORE || points > MAX_SCORE) {
                    problems.add(where + ".drivers", "points must be in -100..100, found " + points);
                }
            });
        }
    }

    /** The factors' maxima may not add up past 100 for any pathway and dimension. */
    private static void ceilings(RiskModel model, Problems problems) {
        for (Pathway p : model.pathways()) {
            for (Dimension d : Dimension.values()) {
                double sum = model.factors().stream().filter(f -> f.dimension() == d && f.touches(p.id()))
                        .mapToDouble(f -> f.pathways().get(p.id()).max()).sum();
                if (sum > MAX_SCORE + TOLERANCE) {
                    problems.add("factors", "the maxima of " + d.id() + " factors on " + p.id()
                            + " add up to " + sum + ", more than 100");
                }
            }
        }
    }

    private static void scenarios(RiskModel model, Problems problems) {
        double total = 0;
        for (Scenario s : model.scenarios()) {
            total += s.probability();
            if (s.probability() < 0 || s.probability() > 1) {
                problems.add("scenarios." + s.id(), "probability must be in 0..1, found " + s.probability());
            }
            for (Effect e : s.effects()) {
                if (e.multiply() < 0) {
                    problems.add("scenarios." + s.id() + ".effects", "multiply must be >= 0, found " + e.multiply());
                }
                if (e.add() < -MAX_SCORE || e.add() > MAX_SCORE) {
                    problems.add("scenarios." + s.id() + ".effects", "add must be in -100..100, found " + e.add());
                }
                model.factor(e.factor()).ifPresent(f -> e.pathways().stream().filter(p -> !f.touches(p))
                        .forEach(p -> problems.add("scenarios." + s.id() + ".effects",
                                "factor '" + f.id() + "' does not touch pathway '" + p + "'")));
            }
        }
        if (Math.abs(total - 1) > TOLERANCE) {
            problems.add("scenarios", "probabilities must sum to 1, found " + Math.round(total * 1e6) / 1e6);
        }
        long defaults = model.scenarios().stream().filter(Scenario::isDefault).count();
        if (defaults != 1) {
            problems.add("scenarios", "exactly one scenario must be the default, found " + defaults);
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String kind, Problems problems) {
        Set<String> seen = new HashSet<>();
        items.stream().map(id).filter(i -> !seen.add(i))
                .forEach(i -> problems.add(kind, "duplicate id '" + i + "'"));
    }
}
