package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Effect;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The implementation from before issue 13 (performance), kept unchanged as the test oracle: the
 * optimised core must give equal results (ReferenceEquivalenceTest).
 *
 * The points of every factor on every pathway it touches: first from the answers alone
 * (raw), then under a scenario. See docs/risk-model.md for the formula.
 */
final class ReferenceFactorPoints {

    private final RiskModel model;
    private final Answers answers;
    private final Map<String, List<Driver>> fired = new LinkedHashMap<>();
    private final Map<String, Set<String>> applies = new LinkedHashMap<>();

    ReferenceFactorPoints(RiskModel model, Answers answers) {
        this.model = model;
        this.answers = answers;
        EvaluationContext context = EvaluationContext.of(answers);
        for (Factor f : model.factors()) {
            fired.put(f.id(), f.drivers().stream().filter(d -> d.when().isSatisfiedBy(context)).toList());
            applies.put(f.id(), f.pathways().keySet().stream().filter(p -> f.appliesTo(context, p))
                    .collect(Collectors.toUnmodifiableSet()));
        }
    }

    /** Whether the factor concerns this buyer on this pathway; if not, it adds nothing. */
    boolean applies(Factor factor, String pathway) {
        return applies.get(factor.id()).contains(pathway);
    }

    Answers answers() {
        return answers;
    }

    /** The drivers of a factor whose conditions hold for the answers. */
    List<Driver> fired(Factor factor) {
        return fired.get(factor.id());
    }

    /** base + the points of the drivers that held, never below zero; zero where the factor does not apply. */
    double raw(Factor factor, String pathway) {
        if (!applies(factor, pathway)) {
            return 0;
        }
        double points = factor.pathways().get(pathway).base();
        for (Driver d : fired(factor)) {
            points += d.pointsFor(pathway);
        }
        return Math.max(0, points);
    }

    /** The raw points moved by the scenario's effects, then held within 0..max. */
    double under(Scenario scenario, Factor factor, String pathway) {
        if (!applies(factor, pathway)) {
            return 0;
        }
        double points = raw(factor, pathway);
        for (Effect e : scenario.effects()) {
            if (e.appliesTo(factor.id(), pathway)) {
                points = points * e.multiply() + e.add();
            }
        }
        return clamp(points, factor.pathways().get(pathway));
    }

    /** Raw points held within 0..max, as they stand with no scenario effect. */
    double withoutScenario(Factor factor, String pathway) {
        return clamp(raw(factor, pathway), factor.pathways().get(pathway));
    }

    /** Factor id to pathway id to points, under one scenario. */
    Map<String, Map<String, Double>> table(Scenario scenario) {
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        for (Factor f : model.factors()) {
            Map<String, Double> byPathway = new LinkedHashMap<>();
            f.pathways().keySet().forEach(p -> byPathway.put(p, under(scenario, f, p)));
            table.put(f.id(), byPathway);
        }
        return table;
    }

    private static double clamp(double points, FactorWeight weight) {
        return Math.max(0, Math.min(weight.max(), points));
    }
}
