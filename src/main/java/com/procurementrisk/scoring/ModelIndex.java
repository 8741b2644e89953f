package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.CoverageItem;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.ScoringResult.Reason;
import com.procurementrisk.scoring.model.Coverage;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Effect;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;
import com.procurementrisk.scoring.model.ViabilityRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * What the engine looks up in a model, worked out once per model instead of on every scoring:
 * factors, pathways and scenarios by position, each factor's weights and driver points per
 * pathway, each scenario's effects per factor and pathway in the order they apply, which factors
 * and which viability rules read each question. Derived from the model alone and never changed
 * afterwards, so scoring stays a pure function of (answers, scenario, model).
 */
final class ModelIndex {

    /** How many models' indexes are kept (the versions in use and a few drafts being previewed). */
    private static final int KEPT = 8;
    private static final Map<Object, ModelIndex> KEPT_INDEXES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, ModelIndex> eldest) {
            return size() > KEPT;
        }
    };
    private static volatile ModelIndex last;

    final RiskModel model;
    final int pathwayCount;
    final Factor[] factors;
    /** [factor][pathway]: the weight, null where the factor does not touch the pathway. */
    final FactorWeight[][] weights;
    /** [factor][driver][pathway]: the points a driver adds. */
    final double[][][] driverPoints;
    /** [factor][driver]: the questions a driver's condition reads, in order, each once. */
    final String[][][] driverQuestions;
    /** [dimension][pathway]: the factors of that dimension touching the pathway, in model order. */
    final int[][][] dimensionFactors;
    /** [scenario]: each of the model's scenarios' effects. */
    final ScenarioEffects[] effects;
    /**
     * [recommendation]: the position of the pathway it is for; -1 when it is for every pathway (or
     * for one the model does not have).
     */
    final int[] recommendationPathways;
    /** The overall score: the model's weighting of the contractual and availability scores. */
    final Rounding.Weighting overall;
    final Comparator<PathwayScores> scoresOrder;
    final Comparator<PathwayResult> resultsOrder;
    private final Map<String, Integer> pathwayIndex = new HashMap<>();
    private final Map<String, Integer> factorIndex = new HashMap<>();
    private final Map<String, Integer> scenarioIndex = new HashMap<>();
    private final Map<String, int[]> factorsReading = new HashMap<>();
    private final Set<String> viabilityQuestions = new HashSet<>();
    /** The viability key of each scenario a viability rule names (see {@link #viabilityKey}). */
    private final Map<String, String> viabilityKeys = new HashMap<>();
    private final Map<String, String> productLabels = new HashMap<>();
    private final Map<String, List<Long>> turningPoints = new HashMap<>();
    /** [pathway]: product id to what the pathway offers of it, as a result shows it. */
    private final List<Map<String, Offered>> offered = new ArrayList<>();
    /** [pathway]: the viability constraints that name the pathway, in model order. */
    private final List<List<ViabilityRules.Constraint>> constraintsOn = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private ModelIndex(RiskModel model) {
        this.model = model;
        this.pathwayCount = model.pathways().size();
        for (int p = 0; p < pathwayCount; p++) {
            pathwayIndex.putIfAbsent(model.pathways().get(p).id(), p);
        }
        this.factors = model.factors().toArray(new Factor[0]);
        this.weights = new FactorWeight[factors.length][pathwayCount];
        this.driverPoints = new double[factors.length][][];
        this.driverQuestions = new String[factors.length][][];
        Map<String, List<Integer>> reading = new HashMap<>();
        for (int f = 0; f < factors.length; f++) {
            Factor factor = factors[f];
            factorIndex.putIfAbsent(factor.id(), f);
            for (int p = 0; p < pathwayCount; p++) {
                weights[f][p] = factor.pathways().get(model.pathways().get(p).id());
            }
            List<Driver> drivers = factor.drivers();
            driverPoints[f] = new double[drivers.size()][pathwayCount];
            driverQuestions[f] = new String[drivers.size()][];
            Set<String> read = new HashSet<>(factor.appliesWhen().questions());
            factor.pathways().values().forEach(w -> read.addAll(w.appliesWhen().questions()));
            for (int d = 0; d < drivers.size(); d++) {
                for (int p = 0; p < pathwayCount; p++) {
                    driverPoints[f][d][p] = drivers.get(d).pointsFor(model.pathways().get(p).id());
                }
                driverQuestions[f][d] = new LinkedHashSet<>(drivers.get(d).when().questions()).toArray(new String[0]);
                read.addAll(List.of(driverQuestions[f][d]));
            }
            for (String q : read) {
                reading.computeIfAbsent(q, k -> new ArrayList<>()).add(f);
            }
        }
        reading.forEach((q, fs) -> factorsReading.put(q, fs.stream().mapToInt(Integer::intValue).toArray()));
        this.dimensionFactors = new int[Dimension.values().length][pathwayCount][];
        for (Dimension dimension : Dimension.values()) {
            for (int p = 0; p < pathwayCount; p++) {
                List<Integer> in = new ArrayList<>();
                for (int f = 0; f < factors.length; f++) {
                    if (factors[f].dimension() == dimension && weights[f][p] != null) {
                        in.add(f);
                    }
                }
                dimensionFactors[dimension.ordinal()][p] = in.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        List<Scenario> scenarios = model.scenarios();
        this.effects = new ScenarioEffects[scenarios.size()];
        for (int s = 0; s < scenarios.size(); s++) {
            scenarioIndex.putIfAbsent(scenarios.get(s).id(), s);
            effects[s] = effectsOf(scenarios.get(s));
        }
        indexViability(model);
        indexOffers(model);
        indexTurningPoints(model);
        this.recommendationPathways = model.recommendations().stream().mapToInt(r -> pathway(r.pathway())).toArray();
        this.overall = new Rounding.Weighting(model.weights().contractual(), model.weights().availability());
        this.scoresOrder = order(PathwayScores::fit, PathwayScores::shortfall, PathwayScores::overall,
                s -> Math.max(s.contractual(), s.availability()), PathwayScores::pathway);
        this.resultsOrder = order(PathwayResult::fit, PathwayResult::shortfall, r -> r.overall().score(),
                r -> Math.max(r.contractual().score(), r.availability().score()), PathwayResult::pathway);
    }

    /** The index of {@code model}, worked out on first use and kept for the few models in use. */
    static ModelIndex of(RiskModel model) {
        ModelIndex known = last;
        if (known != null && known.model == model) {
            return known;
        }
        ModelIndex index;
        synchronized (KEPT_INDEXES) {
            // Keyed by identity: a model is immutable, and equal models give equal indexes anyway.
            index = KEPT_INDEXES.computeIfAbsent(new Identity(model), k -> new ModelIndex(model));
        }
        last = index;
        return index;
    }

    /** The effects of a scenario, precomputed for the model's own scenarios. */
    ScenarioEffects effects(Scenario scenario) {
        Integer s = scenarioIndex.get(scenario.id());
        return s != null && model.scenarios().get(s) == scenario ? effects[s] : effectsOf(scenario);
    }

    /** Position of a pathway, or -1. */
    int pathway(String id) {
        Integer p = pathwayIndex.get(id);
        return p == null ? -1 : p;
    }

    /** Position of a factor, or -1. */
    int factor(String id) {
        Integer f = factorIndex.get(id);
        return f == null ? -1 : f;
    }

    /** The factors whose conditions (applicability or drivers) read a question. */
    int[] factorsReading(String question) {
        return factorsReading.getOrDefault(question, new int[0]);
    }

    /** Whether a viability rule, or what is requested, depends on this question. */
    boolean viabilityReads(String question) {
        return viabilityQuestions.contains(question);
    }

    /**
     * The key under which viability is the same: scenarios no viability rule names behave alike
     * (every "scenario is" test fails for them), so they share one key.
     */
    String viabilityKey(Scenario scenario) {
        return viabilityKeys.getOrDefault(scenario.id(), "");
    }

    /** A requested product's label, as the coverage question shows it. */
    String productLabel(String product) {
        return productLabels.getOrDefault(product, product);
    }

    /**
     * For an integer question: its bounds and each side of every threshold the model tests it
     * against in drivers, applicability and viability constraints, in ascending order.
     */
    List<Long> turningPoints(Question q) {
        List<Long> known = turningPoints.get(q.id());
        return known != null ? known : List.copyOf(turningPoints(model, q));
    }

    /**
     * What a scenario does to the factors' points.
     *
     * @param byFactor   [factor][pathway]: multiply and add of each effect in order, null where none applies
     * @param firstMoved [dimension][pathway]: the position, among the dimension's factors on the pathway
     *                   ({@link #dimensionFactors}), of the first one the scenario moves; -1 when it moves none
     */
    record ScenarioEffects(double[][][] byFactor, int[][] firstMoved) {
    }

    private ScenarioEffects effectsOf(Scenario scenario) {
        double[][][] byFactor = new double[factors.length][pathwayCount][];
        for (int f = 0; f < factors.length; f++) {
            for (int p = 0; p < pathwayCount; p++) {
                List<Double> ops = new ArrayList<>();
                for (Effect e : scenario.effects()) {
                    if (e.appliesTo(factors[f].id(), model.pathways().get(p).id())) {
                        ops.add(e.multiply());
                        ops.add(e.add());
                    }
                }
                byFactor[f][p] = ops.isEmpty() ? null : ops.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        int[][] firstMoved = new int[Dimension.values().length][pathwayCount];
        for (int d = 0; d < firstMoved.length; d++) {
            for (int p = 0; p < pathwayCount; p++) {
                firstMoved[d][p] = firstMoved(byFactor, dimensionFactors[d][p], p);
            }
        }
        return new ScenarioEffects(byFactor, firstMoved);
    }

    private static int firstMoved(double[][][] byFactor, int[] factors, int pathway) {
        for (int i = 0; i < factors.length; i++) {
            if (byFactor[factors[i]][pathway] != null) {
                return i;
            }
        }
        return -1;
    }

    private void indexViability(RiskModel model) {
        ViabilityRules rules = model.viability();
        List<Condition> conditions = new ArrayList<>();
        Set<String> named = new HashSet<>();
        conditions.add(rules.preview().when());
        rules.constraints().forEach(c -> conditions.add(c.when()));
        for (Condition c : conditions) {
            viabilityQuestions.addAll(c.questions());
            collectScenarios(c, named);
        }
        named.forEach(id -> viabilityKeys.put(id, "scenario:" + id));
        String question = model.coverage().question();
        if (question != null) {
            viabilityQuestions.add(question);
            model.questionnaire().question(question).ifPresent(q -> q.choices()
                    .forEach(c -> productLabels.putIfAbsent(c.id(), c.label())));
        }
    }

    private void indexOffers(RiskModel model) {
        ViabilityRules rules = model.viability();
        for (Pathway pathway : model.pathways()) {
            Map<String, Offered> offers = new HashMap<>();
            model.coverage().pathways().getOrDefault(pathway.id(), Map.of())
                    .forEach((product, offer) -> offers.put(product, offered(offer, rules)));
            offered.add(offers);
            constraintsOn.add(rules.constraints().stream().filter(c -> c.pathways().contains(pathway.id())).toList());
        }
    }

    private Offered offered(Coverage.Offer o, ViabilityRules rules) {
        CoverageItem item = new CoverageItem(o.product(), o.status(), o.note(), o.insteadVia(), o.sources());
        String label = productLabel(o.product());
        Reason reason = switch (o.status()) {
            case UNAVAILABLE -> new Reason(Reason.PRODUCT_UNAVAILABLE, List.of(o.product()),
                    label + ": " + o.note(), o.sources());
            case PREVIEW -> new Reason(Reason.PRODUCT_IN_PREVIEW, List.of(o.product()),
                    label + " is in preview on this route: " + rules.preview().message(), o.sources());
            default -> null;
        };
        return new Offered(item, reason);
    }

    /** What a pathway offers of a product (null: nothing stated), shared by every result: read only. */
    Offered offered(int pathway, String product) {
        return offered.get(pathway).get(product);
    }

    /** The viability constraints that name a pathway, in model order. */
    List<ViabilityRules.Constraint> constraintsOn(int pathway) {
        return constraintsOn.get(pathway);
    }

    /**
     * What a pathway offers of one product as a result shows it, and the reason a result gives when
     * the product is unavailable or in preview there (null otherwise). Depends on the model alone.
     */
    record Offered(CoverageItem item, Reason reason) {
    }

    private static void collectScenarios(Condition c, Set<String> into) {
        if (c instanceof Condition.ScenarioIs s) {
            into.add(s.scenario());
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collectScenarios(p, into));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collectScenarios(p, into));
        } else if (c instanceof Condition.Not not) {
            collectScenarios(not.part(), into);
        }
    }

    private void indexTurningPoints(RiskModel model) {
        for (Question q : model.questionnaire().questions()) {
            if (q.type() == QuestionType.INTEGER) {
                turningPoints.put(q.id(), List.copyOf(turningPoints(model, q)));
            }
        }
    }

    private static TreeSet<Long> turningPoints(RiskModel model, Question q) {
        TreeSet<Long> points = new TreeSet<>(List.of(q.min(), q.max()));
        for (Factor f : model.factors()) {
            collectThresholds(f.appliesWhen(), q.id(), points);
            f.pathways().values().forEach(w -> collectThresholds(w.appliesWhen(), q.id(), points));
            for (Driver d : f.drivers()) {
                collectThresholds(d.when(), q.id(), points);
            }
        }
        collectThresholds(model.viability().preview().when(), q.id(), points);
        model.viability().constraints().forEach(c -> collectThresholds(c.when(), q.id(), points));
        points.removeIf(n -> n < q.min() || n > q.max());
        return points;
    }

    private static void collectThresholds(Condition c, String question, TreeSet<Long> points) {
        if (c instanceof Condition.NumberWithin n && n.question().equals(question)) {
            if (n.atLeast() != null) {
                points.addAll(List.of(n.atLeast(), n.atLeast() - 1));
            }
            if (n.atMost() != null) {
                points.addAll(List.of(n.atMost(), n.atMost() + 1));
            }
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collectThresholds(p, question, points));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collectThresholds(p, question, points));
        } else if (c instanceof Condition.Not not) {
            collectThresholds(not.part(), question, points);
        }
    }

    /**
     * Best first: viable before partial before not viable, then fewest requested products it cannot
     * deliver, then lowest overall, then lowest worse dimension, then the model's pathway order.
     */
    private <T> Comparator<T> order(Function<T, Viability> viability, ToIntFunction<T> shortfall,
                                    ToDoubleFunction<T> overall, ToDoubleFunction<T> worse,
                                    Function<T, String> pathway) {
        // The same order as Comparator.comparing(viability).thenComparingInt(shortfall)... written out:
        // the JDK's chained comparators share one class for every chain in the JVM, so the JIT
        // cannot inline their key extractors, and ranking runs nine times a scoring.
        return (a, b) -> {
            int c = viability.apply(a).compareTo(viability.apply(b));
            if (c == 0) {
                c = Integer.compare(shortfall.applyAsInt(a), shortfall.applyAsInt(b));
            }
            if (c == 0) {
                c = Double.compare(overall.applyAsDouble(a), overall.applyAsDouble(b));
            }
            if (c == 0) {
                c = Double.compare(worse.applyAsDouble(a), worse.applyAsDouble(b));
            }
            return c != 0 ? c : Integer.compare(position(pathway.apply(a)), position(pathway.apply(b)));
        };
    }

    /** A pathway's position for ranking: after every pathway of the model when it is not one. */
    private int position(String pathway) {
        int p = pathway(pathway);
        return p < 0 ? Integer.MAX_VALUE : p;
    }

    /** A model as a key by identity (a record's own equals would compare the whole model). */
    private record Identity(RiskModel model) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.model == model;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(model);
        }
    }
}
