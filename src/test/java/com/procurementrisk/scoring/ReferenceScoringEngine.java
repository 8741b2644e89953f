package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.AnswerEffect;
import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.ScoringResult.ScenarioScores;
import com.procurementrisk.scoring.ScoringResult.Scored;
import com.procurementrisk.scoring.ScoringResult.ViabilityResult;
import com.procurementrisk.scoring.ScoringResult.WorstCase;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The implementation from before issue 13 (performance), kept unchanged as the test oracle: the
 * optimised core must give equal results (ReferenceEquivalenceTest).
 *
 * Scores validated answers under a scenario. Pure and deterministic: the same
 * (answers, scenario, model) always gives an equal result, and nothing is kept between
 * calls.
 */
final class ReferenceScoringEngine {

    private ReferenceScoringEngine() {
    }

    /**
     * Scores {@code answers} under {@code scenario}, and summarises every other scenario of
     * the model.
     */
    public static ScoringResult score(RiskModel model, Answers answers, Scenario scenario) {
        ReferenceFactorPoints points = new ReferenceFactorPoints(model, answers);
        ReferencePathwayFit fit = new ReferencePathwayFit(model, answers);
        List<ScenarioScores> perScenario = new ArrayList<>();
        for (Scenario s : model.scenarios()) {
            perScenario.add(summarise(model, s, points.table(s), fit.under(answers, s)));
        }
        Map<String, Map<String, Double>> table = points.table(scenario);
        List<PathwayResult> pathways = detail(model, points, table, fit, fit.under(answers, scenario));
        return new ScoringResult(model.info().id(), model.version(), model.info().asOf(), scenario.id(), pathways,
                ReferenceRecommendations.fired(model, answers, scenario, table, pathways), perScenario,
                expected(model, perScenario), worstCase(model, perScenario));
    }

    /** Only the order of the pathways under one scenario, best first: cheaper than a full score. */
    public static List<String> ranking(RiskModel model, Answers answers, Scenario scenario) {
        return summary(model, answers, scenario).stream().map(PathwayScores::pathway).toList();
    }

    /** The pathways' scores under one scenario, best first, without explanations. */
    public static List<PathwayScores> summary(RiskModel model, Answers answers, Scenario scenario) {
        return summarise(model, scenario, new ReferenceFactorPoints(model, answers).table(scenario),
                new ReferencePathwayFit(model, answers).under(answers, scenario)).pathways();
    }

    private static List<PathwayResult> detail(RiskModel model, ReferenceFactorPoints points,
                                              Map<String, Map<String, Double>> table, ReferencePathwayFit fit,
                                              Map<String, ViabilityResult> viability) {
        List<PathwayResult> unranked = new ArrayList<>();
        for (Pathway p : model.pathways()) {
            DimensionResult c = dimension(model, points, table, p.id(), Dimension.CONTRACTUAL);
            DimensionResult a = dimension(model, points, table, p.id(), Dimension.AVAILABILITY);
            double overall = overall(model, c.score(), a.score());
            unranked.add(new PathwayResult(p.id(), p.title(), 0, c, a, Scored.of(overall), viability.get(p.id()),
                    fit.coverage(p.id())));
        }
        List<PathwayResult> ranked = new ArrayList<>(unranked);
        ranked.sort(order(model, PathwayResult::fit, PathwayResult::shortfall, r -> r.overall().score(),
                r -> Math.max(r.contractual().score(), r.availability().score()), PathwayResult::pathway));
        List<PathwayResult> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            PathwayResult r = ranked.get(i);
            result.add(new PathwayResult(r.pathway(), r.title(), i + 1, r.contractual(), r.availability(),
                    r.overall(), r.viability(), r.coverage()));
        }
        return result;
    }

    private static DimensionResult dimension(RiskModel model, ReferenceFactorPoints points,
                                             Map<String, Map<String, Double>> table, String pathway,
                                             Dimension dimension) {
        List<Factor> factors = model.factors().stream()
                .filter(f -> f.dimension() == dimension && f.touches(pathway)).toList();
        List<Double> rounded = ReferenceRounding.parts(factors.stream().map(f -> table.get(f.id()).get(pathway)).toList());
        List<Contribution> contributions = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            double value = rounded.get(i);
            score += value;
            double adjustment = table.get(f.id()).get(pathway) - points.withoutScenario(f, pathway);
            boolean applies = points.applies(f, pathway);
            contributions.add(new Contribution(f.id(), f.title(), value, f.pathways().get(pathway).max(),
                    applies ? f.pathways().get(pathway).base() : 0, f.rationale(),
                    applies ? movedBy(points, f, pathway) : List.of(), ReferenceRounding.tenth(adjustment), f.sources(),
                    applies));
        }
        contributions.sort(Comparator.comparingDouble(Contribution::contribution).reversed());
        double total = ReferenceRounding.tenth(score);
        return new DimensionResult(total, Band.of(total), contributions);
    }

    private static List<AnswerEffect> movedBy(ReferenceFactorPoints points, Factor factor, String pathway) {
        List<AnswerEffect> effects = new ArrayList<>();
        for (Driver d : points.fired(factor)) {
            if (d.pointsFor(pathway) != 0) {
                effects.add(new AnswerEffect(ReferenceRecommendations.answersRead(d.when(), points.answers()),
                        d.pointsFor(pathway), d.because()));
            }
        }
        return effects;
    }

    private static double overall(RiskModel model, double contractual, double availability) {
        return ReferenceRounding.weighted(model.weights().contractual(), contractual, model.weights().availability(),
                availability);
    }

    private static ScenarioScores summarise(RiskModel model, Scenario scenario,
                                            Map<String, Map<String, Double>> table,
                                            Map<String, ViabilityResult> viability) {
        List<PathwayScores> scores = new ArrayList<>();
        for (Pathway p : model.pathways()) {
            double c = ReferenceRounding.tenth(sum(model, table, p.id(), Dimension.CONTRACTUAL));
            double a = ReferenceRounding.tenth(sum(model, table, p.id(), Dimension.AVAILABILITY));
            ViabilityResult fit = viability.get(p.id());
            scores.add(new PathwayScores(p.id(), c, a, overall(model, c, a), 0, fit == null ? null : fit.status(),
                    fit == null ? 0 : fit.undeliverable().size()));
        }
        return new ScenarioScores(scenario.id(), scenario.title(), scenario.probability(), scenario.isDefault(),
                ranked(model, scores));
    }

    private static double sum(RiskModel model, Map<String, Map<String, Double>> table, String pathway,
                              Dimension dimension) {
        return model.factors().stream().filter(f -> f.dimension() == dimension && f.touches(pathway))
                .mapToDouble(f -> table.get(f.id()).get(pathway)).sum();
    }

    private static List<PathwayScores> expected(RiskModel model, List<ScenarioScores> perScenario) {
        List<PathwayScores> expected = new ArrayList<>();
        ScenarioScores current = perScenario.stream().filter(ScenarioScores::isDefault).findFirst()
                .orElse(perScenario.get(0));
        for (Pathway p : model.pathways()) {
            double c = 0;
            double a = 0;
            double o = 0;
            for (ScenarioScores s : perScenario) {
                PathwayScores ps = find(s, p.id());
                c += s.probability() * ps.contractual();
                a += s.probability() * ps.availability();
                o += s.probability() * ps.overall();
            }
            // Expected scores rank with the viability of the world as of the model date.
            PathwayScores now = find(current, p.id());
            expected.add(new PathwayScores(p.id(), ReferenceRounding.tenth(c), ReferenceRounding.tenth(a), ReferenceRounding.tenth(o), 0,
                    now.viability(), now.shortfall()));
        }
        return ranked(model, expected);
    }

    private static List<WorstCase> worstCase(RiskModel model, List<ScenarioScores> perScenario) {
        List<WorstCase> worst = new ArrayList<>();
        for (Pathway p : model.pathways()) {
            ScenarioScores c = perScenario.get(0);
            ScenarioScores a = c;
            ScenarioScores o = c;
            for (ScenarioScores s : perScenario) {
                PathwayScores ps = find(s, p.id());
                c = ps.contractual() > find(c, p.id()).contractual() ? s : c;
                a = ps.availability() > find(a, p.id()).availability() ? s : a;
                o = ps.overall() > find(o, p.id()).overall() ? s : o;
            }
            worst.add(new WorstCase(p.id(), find(c, p.id()).contractual(), c.scenario(),
                    find(a, p.id()).availability(), a.scenario(), find(o, p.id()).overall(), o.scenario()));
        }
        return worst;
    }

    private static PathwayScores find(ScenarioScores scores, String pathway) {
        return scores.pathways().stream().filter(p -> p.pathway().equals(pathway)).findFirst().orElseThrow();
    }

    /**
     * Best first: viable before partial before not viable, then fewest requested products it cannot
     * deliver, then lowest overall, then lowest worse dimension, then the model's pathway order.
     */
    private static List<PathwayScores> ranked(RiskModel model, List<PathwayScores> scores) {
        List<PathwayScores> sorted = new ArrayList<>(scores);
        sorted.sort(order(model, PathwayScores::fit, PathwayScores::shortfall, PathwayScores::overall,
                s -> Math.max(s.contractual(), s.availability()), PathwayScores::pathway));
        List<PathwayScores> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PathwayScores s = sorted.get(i);
            result.add(new PathwayScores(s.pathway(), s.contractual(), s.availability(), s.overall(), i + 1,
                    s.viability(), s.shortfall()));
        }
        return result;
    }

    private static <T> Comparator<T> order(RiskModel model, Function<T, Viability> viability,
                                           ToIntFunction<T> shortfall, ToDoubleFunction<T> overall,
                                           ToDoubleFunction<T> worse, Function<T, String> pathway) {
        return Comparator.comparing(viability).thenComparingInt(shortfall).thenComparingDouble(overall)
                .thenComparingDouble(worse).thenComparingInt(t -> model.pathwayOrder(pathway.apply(t)));
    }
}
