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
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores validated answers under a scenario. Pure and deterministic: the same
 * (answers, scenario, model) always gives an equal result, and nothing is kept between
 * calls (but the model's {@link ModelIndex}, which depends on the model alone).
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /**
     * Scores {@code answers} under {@code scenario}, and summarises every other scenario of
     * the model.
     */
    public static ScoringResult score(RiskModel model, Answers answers, Scenario scenario) {
        ModelIndex index = ModelIndex.of(model);
        FactorPoints points = new FactorPoints(index, answers);
        PathwayFit fit = new PathwayFit(index, answers);
        List<PathwayScores[]> byPathway = new ArrayList<>();
        List<ScenarioScores> perScenario = new ArrayList<>();
        for (int i = 0; i < index.effects.length; i++) {
            Scenario s = model.scenarios().get(i);
            PathwayScores[] scores = scores(index, points, index.effects[i], fit.under(s));
            byPathway.add(scores);
            perScenario.add(new ScenarioScores(s.id(), s.title(), s.probability(), s.isDefault(),
                    ranked(index, scores)));
        }
        double[][] table = points.table(scenario);
        List<PathwayResult> pathways = detail(index, points, table, fit, fit.under(scenario));
        return new ScoringResult(model.info().id(), model.version(), model.info().asOf(), scenario.id(), pathways,
                Recommendations.fired(index, answers, scenario, table, pathways), perScenario,
                expected(index, perScenario, byPathway), worstCase(index, perScenario, byPathway));
    }

    /** Only the order of the pathways under one scenario, best first: cheaper than a full score. */
    public static List<String> ranking(RiskModel model, Answers answers, Scenario scenario) {
        return summary(model, answers, scenario).stream().map(PathwayScores::pathway).toList();
    }

    /** The pathways' scores under one scenario, best first, without explanations. */
    public static List<PathwayScores> summary(RiskModel model, Answers answers, Scenario scenario) {
        ModelIndex index = ModelIndex.of(model);
        return summary(index, new FactorPoints(index, answers), scenario,
                new PathwayFit(index, answers).under(scenario));
    }

    /** The pathways' scores from factor points already worked out: what the what-if analysis shares. */
    static List<PathwayScores> summary(ModelIndex index, FactorPoints points, Scenario scenario,
                                       ViabilityResult[] viability) {
        return ranked(index, scores(index, points, index.effects(scenario), viability));
    }

    private static List<PathwayResult> detail(ModelIndex index, FactorPoints points, double[][] table,
                                              PathwayFit fit, ViabilityResult[] viability) {
        List<PathwayResult> ranked = new ArrayList<>();
        List<Pathway> all = index.model.pathways();
        @SuppressWarnings("unchecked")
        Map<String, Object>[][] read = new Map[index.factors.length][];
        for (int p = 0; p < all.size(); p++) {
            Pathway pathway = all.get(p);
            DimensionResult c = dimension(index, points, table, p, Dimension.CONTRACTUAL, read);
            DimensionResult a = dimension(index, points, table, p, Dimension.AVAILABILITY, read);
            double overall = index.overall.apply(c.score(), a.score());
            ranked.add(new PathwayResult(pathway.id(), pathway.title(), 0, c, a, Scored.of(overall),
                    viability[p], fit.coverage(p)));
        }
        ranked.sort(index.resultsOrder);
        List<PathwayResult> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            PathwayResult r = ranked.get(i);
            result.add(new PathwayResult(r.pathway(), r.title(), i + 1, r.contractual(), r.availability(),
                    r.overall(), r.viability(), r.coverage()));
        }
        return result;
    }

    private static DimensionResult dimension(ModelIndex index, FactorPoints points, double[][] table, int pathway,
                                             Dimension dimension, Map<String, Object>[][] read) {
        int[] factors = index.dimensionFactors[dimension.ordinal()][pathway];
        double[] values = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            values[i] = table[factors[i]][pathway];
        }
        double[] rounded = Rounding.parts(values, values.length);
        double score = 0;
        for (double value : rounded) {
            score += value;
        }
        int[] order = largestFirst(rounded);
        Contribution[] contributions = new Contribution[factors.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            contributions[k] = contribution(index, points, factors[i], pathway, rounded[i], values[i], read);
        }
        double total = Rounding.tenth(score);
        return new DimensionResult(total, Band.of(total), Arrays.asList(contributions));
    }

    private static Contribution contribution(ModelIndex index, FactorPoints points, int f, int pathway, double value,
                                             double underScenario, Map<String, Object>[][] read) {
        Factor factor = index.factors[f];
        FactorWeight weight = index.weights[f][pathway];
        double adjustment = underScenario - points.withoutScenario(f, pathway);
        boolean applies = points.applies(f, pathway);
        return new Contribution(factor.id(), factor.title(), value, weight.max(), applies ? weight.base() : 0,
                factor.rationale(), applies ? movedBy(index, points, f, pathway, read) : List.of(),
                Rounding.tenth(adjustment), factor.sources(), applies);
    }

    /**
     * Positions of {@code values}, largest value first, equal values in their order: the order a
     * stable sort of the contributions by largest contribution gives, without boxing or comparators.
     */
    private static int[] largestFirst(double[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int at = i;
            while (at > 0 && Double.compare(values[order[at - 1]], values[i]) < 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }

    private static List<AnswerEffect> movedBy(ModelIndex index, FactorPoints points, int factor, int pathway,
                                              Map<String, Object>[][] read) {
        List<Driver> drivers = index.factors[factor].drivers();
        AnswerEffect[] effects = new AnswerEffect[drivers.size()];
        int count = 0;
        for (int d = 0; d < drivers.size(); d++) {
            double moved = index.driverPoints[factor][d][pathway];
            if (moved != 0 && points.fired(factor, d)) {
                if (read[factor] == null) {
                    read[factor] = new Map[drivers.size()];
                }
                if (read[factor][d] == null) {
                    // The same answers on every pathway the driver moves: read once, shared (read-only).
                    read[factor][d] = answersRead(index.driverQuestions[factor][d], points.answers());
                }
                effects[count++] = new AnswerEffect(read[factor][d], moved, drivers.get(d).because());
            }
        }
        // An immutable list, which the contribution keeps as it is (it would copy any other).
        return count == 0 ? List.of() : List.of(Arrays.copyOf(effects, count));
    }

    /** The buyer's answers to the questions a condition reads (null where unanswered), in order. */
    private static Map<String, Object> answersRead(String[] questions, Answers answers) {
        if (questions.length == 1) {
            // Most drivers read one question: the same map (equal, same JSON) in one small object.
            return Collections.singletonMap(questions[0], valueOf(answers, questions[0]));
        }
        Map<String, Object> read = new LinkedHashMap<>(2 * questions.length);
        for (String question : questions) {
            read.put(question, valueOf(answers, question));
        }
        return Collections.unmodifiableMap(read);
    }

    private static Object valueOf(Answers answers, String question) {
        Answer answer = answers.asMap().get(question);
        return answer == null ? null : answer.value();
    }

    /** Every pathway's scores under one scenario, in the model's order of pathways, not yet ranked. */
    private static PathwayScores[] scores(ModelIndex index, FactorPoints points, ModelIndex.ScenarioEffects effects,
                                          ViabilityResult[] viability) {
        List<Pathway> all = index.model.pathways();
        PathwayScores[] scores = new PathwayScores[all.size()];
        for (int p = 0; p < scores.length; p++) {
            double c = Rounding.tenth(points.sum(Dimension.CONTRACTUAL.ordinal(), p, effects));
            double a = Rounding.tenth(points.sum(Dimension.AVAILABILITY.ordinal(), p, effects));
            ViabilityResult fit = viability[p];
            scores[p] = new PathwayScores(all.get(p).id(), c, a, index.overall.apply(c, a), 0,
                    fit == null ? null : fit.status(), fit == null ? 0 : fit.undeliverable().size());
        }
        return scores;
    }

    private static List<PathwayScores> expected(ModelIndex index, List<ScenarioScores> perScenario,
                                                List<PathwayScores[]> byPathway) {
        int current = 0;
        for (int s = 0; s < perScenario.size(); s++) {
            if (perScenario.get(s).isDefault()) {
                current = s;
                break;
            }
        }
        PathwayScores[] expected = new PathwayScores[index.pathwayCount];
        for (int p = 0; p < expected.length; p++) {
            double c = 0;
            double a = 0;
            double o = 0;
            for (int s = 0; s < perScenario.size(); s++) {
                double probability = perScenario.get(s).probability();
                PathwayScores ps = byPathway.get(s)[p];
                c += probability * ps.contractual();
                a += probability * ps.availability();
                o += probability * ps.overall();
            }
            // Expected scores rank with the viability of the world as of the model date.
            PathwayScores now = byPathway.get(current)[p];
            expected[p] = new PathwayScores(now.pathway(), Rounding.tenth(c), Rounding.tenth(a), Rounding.tenth(o), 0,
                    now.viability(), now.shortfall());
        }
        return ranked(index, expected);
    }

    private static List<WorstCase> worstCase(ModelIndex index, List<ScenarioScores> perScenario,
                                             List<PathwayScores[]> byPathway) {
        List<WorstCase> worst = new ArrayList<>();
        for (int p = 0; p < index.pathwayCount; p++) {
            int c = 0;
            int a = 0;
            int o = 0;
            for (int s = 0; s < perScenario.size(); s++) {
                PathwayScores ps = byPathway.get(s)[p];
                c = ps.contractual() > byPathway.get(c)[p].contractual() ? s : c;
                a = ps.availability() > byPathway.get(a)[p].availability() ? s : a;
                o = ps.overall() > byPathway.get(o)[p].overall() ? s : o;
            }
            worst.add(new WorstCase(byPathway.get(0)[p].pathway(), byPathway.get(c)[p].contractual(),
                    perScenario.get(c).scenario(), byPathway.get(a)[p].availability(), perScenario.get(a).scenario(),
                    byPathway.get(o)[p].overall(), perScenario.get(o).scenario()));
        }
        return worst;
    }

    /**
     * Best first: viable before partial before not viable, then fewest requested products it cannot
     * deliver, then lowest overall, then lowest worse dimension, then the model's pathway order.
     */
    private static List<PathwayScores> ranked(ModelIndex index, PathwayScores[] scores) {
        PathwayScores[] sorted = scores.clone();
        Arrays.sort(sorted, index.scoresOrder);
        List<PathwayScores> result = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            PathwayScores s = sorted[i];
            result.add(new PathwayScores(s.pathway(), s.contractual(), s.availability(), s.overall(), i + 1,
                    s.viability(), s.shortfall()));
        }
        return result;
    }
}
