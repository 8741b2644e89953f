package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.Scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The points of every factor on every pathway it touches: first from the answers alone
 * (raw), then under a scenario. See docs/risk-model.md for the formula. Factors and pathways
 * are addressed by their position in the model ({@link ModelIndex}).
 */
final class FactorPoints {

    private static final int STATE = Rounding.SUM_STATE;

    private final ModelIndex index;
    private final Answers answers;
    /**
     * [factor][driver]: whether the driver's condition holds; all false, not evaluated, for a factor
     * that applies on no pathway (nothing asks for them there).
     */
    private final boolean[][] fired;
    /** [factor][pathway]: whether the factor concerns this buyer on the pathway. */
    private final boolean[][] applies;
    /** [factor][pathway]: base + fired drivers, never below zero; zero where it does not apply. */
    private final double[][] raw;
    /**
     * [dimension][pathway]: the compensated sum of the dimension's factor points on the pathway with
     * no scenario effect, one state ({@link Rounding#add}) before each factor and one after the last
     * (null until needed). Most scenarios move a few factors on a few pathways: every other
     * (dimension, pathway) sums the same numbers in the same order, and where a scenario moves some,
     * the factors before the first it moves still add up the same. So these sums are worked out once
     * per set of answers and shared by every scenario.
     */
    private final double[][][] plainSums;

    FactorPoints(ModelIndex index, Answers answers) {
        this.index = index;
        this.answers = answers;
        int factors = index.factors.length;
        this.fired = new boolean[factors][];
        this.applies = new boolean[factors][];
        this.raw = new double[factors][];
        this.plainSums = new double[Dimension.values().length][index.pathwayCount][];
        EvaluationContext context = EvaluationContext.of(answers);
        for (int f = 0; f < factors; f++) {
            evaluate(f, context);
        }
    }

    private FactorPoints(FactorPoints base, Answers answers, boolean[] changed) {
        this.index = base.index;
        this.answers = answers;
        this.fired = base.fired.clone();
        this.applies = base.applies.clone();
        this.raw = base.raw.clone();
        this.plainSums = new double[Dimension.values().length][index.pathwayCount][];
        EvaluationContext context = EvaluationContext.of(answers);
        for (int f = 0; f < changed.length; f++) {
            if (changed[f]) {
                evaluate(f, context);
            }
        }
    }

    /**
     * The points for other answers that differ from these only in {@code changedQuestions}: only the
     * factors whose conditions read one of them are evaluated again, the others are shared.
     */
    FactorPoints with(Answers other, Collection<String> changedQuestions) {
        boolean[] changed = new boolean[index.factors.length];
        for (String q : changedQuestions) {
            for (int f : index.factorsReading(q)) {
                changed[f] = true;
            }
        }
        return new FactorPoints(this, other, changed);
    }

    private void evaluate(int f, EvaluationContext context) {
        Factor factor = index.factors[f];
        boolean concerns = factor.appliesWhen().isSatisfiedBy(context);
        boolean[] appliesHere = new boolean[index.pathwayCount];
        boolean anywhere = false;
        for (int p = 0; p < index.pathwayCount; p++) {
            FactorWeight weight = index.weights[f][p];
            appliesHere[p] = weight != null && concerns && weight.appliesWhen().isSatisfiedBy(context);
            anywhere |= appliesHere[p];
        }
        // Drivers move (and explain) a factor only where it applies: elsewhere they need not be read.
        boolean[] firedHere = anywhere ? fired(factor.drivers(), context) : new boolean[factor.drivers().size()];
        double[] rawHere = new double[index.pathwayCount];
        for (int p = 0; p < index.pathwayCount; p++) {
            if (appliesHere[p]) {
                double points = index.weights[f][p].base();
                for (int d = 0; d < firedHere.length; d++) {
                    if (firedHere[d]) {
                        points += index.driverPoints[f][d][p];
                    }
                }
                rawHere[p] = Math.max(0, points);
            }
        }
        fired[f] = firedHere;
        applies[f] = appliesHere;
        raw[f] = rawHere;
    }

    private static boolean[] fired(List<Driver> drivers, EvaluationContext context) {
        boolean[] fired = new boolean[drivers.size()];
        for (int d = 0; d < fired.length; d++) {
            fired[d] = drivers.get(d).when().isSatisfiedBy(context);
        }
        return fired;
    }

    /**
     * The sum of a dimension's factor points on a pathway under a scenario, exactly as summing them
     * all in model order ({@link Rounding#sum}) gives it.
     */
    double sum(int dimension, int pathway, ModelIndex.ScenarioEffects effects) {
        int[] factors = index.dimensionFactors[dimension][pathway];
        double[] plain = plainSums(dimension, pathway, factors);
        int first = effects.firstMoved()[dimension][pathway];
        if (first < 0) {
            return Rounding.total(plain, factors.length * STATE);
        }
        // Carry on from the sum of the factors before the first one the scenario moves.
        double[] sum = Arrays.copyOfRange(plain, first * STATE, (first + 1) * STATE);
        for (int i = first; i < factors.length; i++) {
            Rounding.add(sum, under(factors[i], pathway, effects.byFactor()[factors[i]][pathway]));
        }
        return Rounding.total(sum);
    }

    private double[] plainSums(int dimension, int pathway, int[] factors) {
        double[] states = plainSums[dimension][pathway];
        if (states == null) {
            states = new double[(factors.length + 1) * STATE];
            double[] sum = new double[STATE];
            for (int i = 0; i < factors.length; i++) {
                Rounding.add(sum, under(factors[i], pathway, (double[]) null));
                System.arraycopy(sum, 0, states, (i + 1) * STATE, STATE);
            }
            plainSums[dimension][pathway] = states;
        }
        return states;
    }

    /** Whether the factor concerns this buyer on this pathway; if not, it adds nothing. */
    boolean applies(int factor, int pathway) {
        return applies[factor][pathway];
    }

    Answers answers() {
        return answers;
    }

    /** Whether a driver's condition holds for the answers. */
    boolean fired(int factor, int driver) {
        return fired[factor][driver];
    }

    /** Raw points held within 0..max, as they stand with no scenario effect. */
    double withoutScenario(int factor, int pathway) {
        return clamp(raw[factor][pathway], index.weights[factor][pathway]);
    }

    /** [factor][pathway]: the raw points moved by the scenario's effects, then held within 0..max. */
    double[][] table(Scenario scenario) {
        double[][][] effects = index.effects(scenario).byFactor();
        double[][] table = new double[raw.length][index.pathwayCount];
        for (int f = 0; f < raw.length; f++) {
            for (int p = 0; p < index.pathwayCount; p++) {
                if (applies[f][p]) {
                    table[f][p] = under(raw[f][p], effects[f][p], index.weights[f][p]);
                }
            }
        }
        return table;
    }

    /** One factor's points on one pathway under a scenario's effects on it (null: none). */
    private double under(int factor, int pathway, double[] effects) {
        return applies[factor][pathway] ? under(raw[factor][pathway], effects, index.weights[factor][pathway]) : 0;
    }

    private static double under(double raw, double[] effects, FactorWeight weight) {
        double points = raw;
        if (effects != null) {
            for (int e = 0; e < effects.length; e += 2) {
                points = points * effects[e] + effects[e + 1];
            }
        }
        return clamp(points, weight);
    }

    private static double clamp(double points, FactorWeight weight) {
        return Math.max(0, Math.min(weight.max(), points));
    }
}
