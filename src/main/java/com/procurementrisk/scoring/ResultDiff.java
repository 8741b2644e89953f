package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.Viability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two results (two assessments, two revisions, or one result before
 * and after a new model version): viability, scores, bands and ranks per pathway (a pathway
 * on one side only has a null other side), factor contributions, and recommendations that appear or
 * disappear. Pure.
 *
 * @param pathways        every pathway, in the right-hand result's order
 * @param factors         contributions that changed
 * @param recommendations recommendations fired on one side only
 */
public record ResultDiff(List<PathwayChange> pathways, List<FactorChange> factors,
                         List<RecommendationChange> recommendations) {

    /** One pathway on both sides; a side is null where that result has no such pathway (a model change). */
    public record PathwayChange(String pathway, Side left, Side right) {
        public boolean changed() {
            return !Objects.equals(left, right);
        }
    }

    /** A pathway's viability, scores, bands and rank on one side (viability null: saved before it existed). */
    public record Side(int rank, double contractual, Band contractualBand, double availability,
                       Band availabilityBand, double overall, Band overallBand, Viability viability) {
    }

    /** A factor whose contribution differs (absent on one side: null). */
    public record FactorChange(String pathway, String dimension, String factor, String title, Double left,
                               Double right) {
    }

    /** A recommendation fired on one side only. */
    public record RecommendationChange(String id, String pathway, String title, boolean added) {
    }

    public boolean isEmpty() {
        return pathways.stream().noneMatch(PathwayChange::changed) && factors.isEmpty() && recommendations.isEmpty();
    }

    public static ResultDiff between(ScoringResult left, ScoringResult right) {
        List<PathwayChange> pathways = new ArrayList<>();
        List<FactorChange> factors = new ArrayList<>();
        for (PathwayResult r : right.pathways()) {
            PathwayResult l = find(left, r.pathway());
            pathways.add(new PathwayChange(r.pathway(), l == null ? null : side(l), side(r)));
            if (l != null) {
                factors.addAll(factorChanges(r.pathway(), "contractual", l.contractual(), r.contractual()));
                factors.addAll(factorChanges(r.pathway(), "availability", l.availability(), r.availability()));
            }
        }
        left.pathways().stream().filter(l -> find(right, l.pathway()) == null)
                .forEach(l -> pathways.add(new PathwayChange(l.pathway(), side(l), null)));
        return new ResultDiff(pathways, factors, recommendationChanges(left, right));
    }

    private static Side side(PathwayResult p) {
        return new Side(p.rank(), p.contractual().score(), p.contractual().band(), p.availability().score(),
                p.availability().band(), p.overall().score(), p.overall().band(),
                p.viability() == null ? null : p.viability().status());
    }

    private static List<FactorChange> factorChanges(String pathway, String dimension, DimensionResult left,
                                                    DimensionResult right) {
        Map<String, Contribution> l = byId(left);
        Map<String, Contribution> r = byId(right);
        Set<String> ids = new LinkedHashSet<>(r.keySet());
        ids.addAll(l.keySet());
        List<FactorChange> changes = new ArrayList<>();
        for (String id : ids) {
            Double before = l.containsKey(id) ? l.get(id).contribution() : null;
            Double after = r.containsKey(id) ? r.get(id).contribution() : null;
            if (!Objects.equals(before, after)) {
                String title = (r.containsKey(id) ? r.get(id) : l.get(id)).title();
                changes.add(new FactorChange(pathway, dimension, id, title, before, after));
            }
        }
        return changes;
    }

    private static List<RecommendationChange> recommendationChanges(ScoringResult left, ScoringResult right) {
        Map<String, FiredRecommendation> l = new LinkedHashMap<>();
        left.recommendations().forEach(f -> l.put(f.id(), f));
        Map<String, FiredRecommendation> r = new LinkedHashMap<>();
        right.recommendations().forEach(f -> r.put(f.id(), f));
        List<RecommendationChange> changes = new ArrayList<>();
        r.values().stream().filter(f -> !l.containsKey(f.id()))
                .forEach(f -> changes.add(new RecommendationChange(f.id(), f.pathway(), f.title(), true)));
        l.values().stream().filter(f -> !r.containsKey(f.id()))
                .forEach(f -> changes.add(new RecommendationChange(f.id(), f.pathway(), f.title(), false)));
        return changes;
    }

    private static Map<String, Contribution> byId(DimensionResult d) {
        Map<String, Contribution> map = new LinkedHashMap<>();
        d.factors().forEach(c -> map.put(c.id(), c));
        return map;
    }

    private static PathwayResult find(ScoringResult result, String pathway) {
        return result.pathways().stream().filter(p -> p.pathway().equals(pathway)).findFirst().orElse(null);
    }
}
