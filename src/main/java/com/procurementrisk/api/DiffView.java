package com.procurementrisk.api;

import com.procurementrisk.scoring.ResultDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What differs between two results, as the API shows it (bands and viability as lower-case ids). */
@Schema(name = "ResultDiff", description = "What differs between two results: per pathway, per factor and per recommendation")
public record DiffView(
        @Schema(description = "Every pathway on either side, in the right-hand order; a side is null where that result has no such pathway")
        List<PathwayChange> pathways,
        @Schema(description = "Factor contributions that differ (absent on one side: null)") List<FactorChange> factors,
        @Schema(description = "Recommendations given on one side only") List<RecommendationChange> recommendations,
        @Schema(description = "Whether nothing differs") boolean empty) {

    @Schema(name = "PathwayChange", description = "One pathway on both sides")
    public record PathwayChange(String pathway, Side left, Side right, boolean changed) {
    }

    @Schema(name = "PathwaySide", description = "A pathway's viability, rank, scores and bands on one side")
    public record Side(int rank,
                       @Schema(enumeration = {"viable", "partial", "not_viable"}, description = "null for results saved before viability existed")
                       String viability,
                       double contractual,
                       @Schema(enumeration = {"low", "moderate", "high", "critical"}) String contractualBand,
                       double availability,
                       @Schema(enumeration = {"low", "moderate", "high", "critical"}) String availabilityBand,
                       double overall,
                       @Schema(enumeration = {"low", "moderate", "high", "critical"}) String overallBand) {
    }

    @Schema(name = "FactorChange", description = "A factor contribution that differs")
    public record FactorChange(String pathway, String dimension, String factor, String title, Double left,
                               Double right) {
    }

    @Schema(name = "RecommendationChange", description = "A recommendation given on one side only")
    public record RecommendationChange(String id, String pathway, String title,
                                       @Schema(description = "true: only on the right; false: only on the left") boolean added) {
    }

    static DiffView of(ResultDiff d) {
        return new DiffView(
                d.pathways().stream().map(p -> new PathwayChange(p.pathway(), side(p.left()), side(p.right()),
                        p.changed())).toList(),
                d.factors().stream().map(f -> new FactorChange(f.pathway(), f.dimension(), f.factor(), f.title(),
                        f.left(), f.right())).toList(),
                d.recommendations().stream().map(r -> new RecommendationChange(r.id(), r.pathway(), r.title(),
                        r.added())).toList(),
                d.isEmpty());
    }

    private static Side side(ResultDiff.Side s) {
        return s == null ? null : new Side(s.rank(), s.viability() == null ? null : s.viability().id(),
                s.contractual(), s.contractualBand().id(), s.availability(), s.availabilityBand().id(), s.overall(),
                s.overallBand().id());
    }
}
