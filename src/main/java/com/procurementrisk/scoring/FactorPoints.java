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
     * [dimension][pathway]: the sum of the dimension's factor points on the pathway with no scenario
     * effect (NaN until worked out). Most scenarios move a few factors on a few pathways: every other
     * (dimension, pathway) sums the same numbers in the same order, so the sum is worked out once per
     * set of answers and shared by every scenario that leaves it alone.
     */
    private final double[][] plainSums;
    /**
     * [dimension][pathway]: the same sum's compensated state ({@link Rounding#add}) before each factor
     * (null until a scenario moves one of them): the factors before the first one a scenario moves
     * still add up the same, so its sum carries on from there.
     */
    private final double[][][] plainStates;

    FactorPoints(ModelIndex index, Answers answers) {
        this.index = index;
        this.answers = answers;
        int factors = index.factors.length;
        this.fired = new boolean[factors][];
        this.applies = new boolean[factors][];
        this.raw = new double[factors][];
        this.plainSums = noSums(index);
        this.plainStates = new double[Dimension.values().length][index.pathwayCount][];
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
        this.plainSums = noSums(index);
        this.plainStates = new double[Dimension.values().length][index.pathwayCount][];
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
        int first = effects.firstMoved()[dimension][pathway];
        return first < 0 ? plainSum(dimension, pathway) : movedSum(dimension, pathway, first, effects.byFactor());
    }

    private double plainSum(int dimension, int pathway) {
        double known = plainSums[dimension][pathway];
        if (Double.isNaN(known)) {
            double[] sum = new double[STATE];
            for (int f : index.dimensionFactors[dimension][pathway]) {
                Rounding.add(sum, under(f, pathway, (double[]) null));
            }
            known = Rounding.total(sum);
            plainSums[dimension][pathway] = known;
        }
        return known;
    }

    /** The sum when the scenario moves the factor at {@code first} (and maybe later ones). */
    private double movedSum(int dimension, int pathway, int first, double[][][] effects) {
        int[] factors = index.dimensionFactors[dimension][pathway];
        double[] sum = Arrays.copyOfRange(plainStates(dimension, pathway), first * STATE, (first + 1) * STATE);
        for (int i = first; i < factors.length; i++) {
            Rounding.add(sum, under(factors[i], pathway, effects[factors[i]][pathway]));
        }
        return Rounding.total(sum);
    }

    private double[] plainStates(int dimension, int pathway) {
        double[] states = plainStates[dimension][pathway];
        if (states == null) {
            int[] factors = index.dimensionFactors[dimension][pathway];
            states = new double[factors.length * STATE];
            double[] sum = new double[STATE];
            for (int i = 0; i + 1 < factors.length; i++) {
                Rounding.add(sum, under(factors[i], pathway, (double[]) null));
                System.arraycopy(sum, 0, states, (i + 1) * STATE, STATE);
            }
            plainStates[dimension][pathway] = states;
        }
        return states;
    }

    private static double[][] noSums(ModelIndex index) {
        double[][] sums = new double[Dimension.values().length][index.pathwayCount];
        for (double[] row : sums) {
            Arrays.fill(row, Double.NaN);
        }
        return sums;
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
