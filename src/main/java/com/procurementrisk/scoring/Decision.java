package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.ScenarioScores;
import com.procurementrisk.scoring.model.Viability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision a result supports, in the form a buyer reads first: the recommended pathway,
 * how robust that is across scenarios, what drives it, the first actions and any caveat.
 * Derived from a result alone (so a result saved under an older model gets one too). Pure.
 *
 * @param recommended      the first-ranked pathway
 * @param runnerUp         the second-ranked pathway, if any
 * @param lead             overall points by which the recommended pathway leads the runner-up
 *                         (negative: it ranks first on viability despite more risk)
 * @param firstIn          the scenarios under which the recommended pathway ranks first
 * @param scenarioCount    how many scenarios the model has
 * @param drivers          up to three reasons it is recommended over the runner-up, most decisive first
 * @param actions          the first three recommendations
 * @param caveats          what the recommended pathway cannot deliver, or only with restrictions
 */
public record Decision(PathwayResult recommended, PathwayResult runnerUp, double lead, List<String> firstIn,
                       int scenarioCount, List<Driver> drivers, List<FiredRecommendation> actions,
                       List<String> caveats) {

    /**
     * Why the recommended pathway is ahead: a factor it carries less of, or a limit of the runner-up
     * ({@code factor} is then the viability reason's code, {@code limit} its full wording and
     * {@code products} the requested products it concerns).
     */
    public record Driver(String factor, String title, String dimension, double recommendedPoints,
                         double runnerUpPoints, String limit, List<String> products) {
        public Driver {
            products = List.copyOf(products);
        }

        /** Points of this factor the recommended pathway carries less than the runner-up. */
        public double advantage() {
            return runnerUpPoints - recommendedPoints;
        }
    }

    public Decision {
        firstIn = List.copyOf(firstIn);
        drivers = List.copyOf(drivers);
        actions = List.copyOf(actions);
        caveats = List.copyOf(caveats);
    }

    /** Whether the recommended pathway comes first under every scenario of the model. */
    public boolean robust() {
        return firstIn.size() == scenarioCount;
    }

    public static Decision of(ScoringResult result) {
        PathwayResult top = result.pathways().get(0);
        PathwayResult second = result.pathways().size() > 1 ? result.pathways().get(1) : null;
        List<String> firstIn = result.scenarios().stream()
                .filter(s -> s.pathways().stream().anyMatch(p -> p.rank() == 1 && p.pathway().equals(top.pathway())))
                .map(ScenarioScores::scenario).toList();
        double lead = second == null ? 0 : Rounding.tenth(second.overall().score() - top.overall().score());
        List<String> caveats = top.viability() == null ? List.of()
                : top.viability().reasons().stream().map(ScoringResult.Reason::message).toList();
        return new Decision(top, second, lead, firstIn, result.scenarios().size(), drivers(top, second),
                result.recommendations().stream().limit(3).toList(), caveats);
    }

    /**
     * Up to three reasons, most decisive first: when the runner-up ranks lower on viability, what
     * it cannot deliver comes first; then the factors where the recommended pathway carries the
     * fewest points compared with it.
     */
    private static List<Driver> drivers(PathwayResult top, PathwayResult second) {
        List<Driver> drivers = new ArrayList<>();
        if (second == null) {
            return drivers;
        }
        if (second.fit().compareTo(top.fit()) > 0 && second.viability() != null) {
            // One reason per kind (two products in preview are one reason), at most two kinds.
            Map<String, List<ScoringResult.Reason>> byCode = new LinkedHashMap<>();
            second.viability().reasons().forEach(r -> byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
            byCode.values().stream().limit(2).forEach(same -> drivers.add(new Driver(same.get(0).code(), null, null,
                    0, 0, second.title() + ": " + same.stream().map(ScoringResult.Reason::message)
                    .collect(java.util.stream.Collectors.joining(" ")),
                    same.stream().flatMap(r -> r.products().stream()).distinct().toList())));
        }
        Map<String, double[]> points = new LinkedHashMap<>();
        Map<String, Contribution> named = new LinkedHashMap<>();
        collect(top, 0, points, named);
        collect(second, 1, points, named);
        points.entrySet().stream()
                .filter(e -> e.getValue()[1] - e.getValue()[0] > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0] - e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(3 - Math.min(drivers.size(), 3))
                .forEach(e -> {
                    Contribution c = named.get(e.getKey());
                    drivers.add(new Driver(c.id(), c.title(), dimension(top, second, c.id()), e.getValue()[0],
                            e.getValue()[1], null, List.of()));
                });
        return drivers;
    }

    private static void collect(PathwayResult p, int side, Map<String, double[]> points,
                                Map<String, Contribution> named) {
        for (var d : List.of(p.contractual(), p.availability())) {
            for (Contribution c : d.factors()) {
                points.computeIfAbsent(c.id(), k -> new double[2])[side] += c.contribution();
                named.putIfAbsent(c.id(), c);
            }
        }
    }

    /** The dimension a factor belongs to, from whichever of the two pathways it touches. */
    private static String dimension(PathwayResult top, PathwayResult second, String factor) {
        boolean contractual = List.of(top, second).stream().anyMatch(p -> p.contractual().factors().stream()
                .anyMatch(c -> c.id().equals(factor)));
        return contractual ? "contractual" : "availability";
    }

    /** Whether the recommended pathway can deliver everything asked for (true for results without viability). */
    public boolean deliversAll() {
        return recommended.fit() == Viability.VIABLE;
    }
}
