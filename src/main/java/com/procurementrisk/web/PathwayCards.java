package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.web.ResultsView.CoverageRow;
import com.procurementrisk.web.ResultsView.FactorRow;
import com.procurementrisk.web.ResultsView.PathwayCard;
import com.procurementrisk.web.ResultsView.ReasonRow;
import com.procurementrisk.web.ResultsView.Score;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One card per pathway, in rank order: whether it can deliver what was asked (reasons and
 * product coverage, citing numbered sources), its three scores and the points of each factor.
 */
final class PathwayCards {

    private PathwayCards() {
    }

    static List<PathwayCard> of(RiskModel model, ScoringResult r, SourceNumbers numbers) {
        return r.pathways().stream().map(p -> card(model, p, numbers)).toList();
    }

    private static PathwayCard card(RiskModel model, PathwayResult p, SourceNumbers numbers) {
        String viability = p.viability() == null ? null : p.viability().status().id();
        List<ReasonRow> reasons = p.viability() == null ? List.of() : p.viability().reasons().stream()
                .map(x -> new ReasonRow(x.message(), numbers.cite(x.sources()))).toList();
        List<CoverageRow> coverage = p.coverage().stream().map(c -> new CoverageRow(productLabel(model, c.product()),
                c.status().id(), c.note(), c.insteadVia().stream().map(id -> Formats.pathwayTitle(model, id))
                .collect(Collectors.joining(", ")), numbers.cite(c.sources()),
                c.status() == CoverageStatus.UNAVAILABLE)).toList();
        return new PathwayCard(p.pathway(), p.title(), p.rank(), viability, viabilityLabel(viability), reasons, coverage,
                score(p.contractual().score(), p.contractual().band().id()),
                score(p.availability().score(), p.availability().band().id()),
                score(p.overall().score(), p.overall().band().id()), rows(p.contractual()), rows(p.availability()));
    }

    private static String viabilityLabel(String viability) {
        if (viability == null) {
            return null;
        }
        return switch (viability) {
            case "viable" -> "Can deliver what you asked for";
            case "partial" -> "Delivers only part of it, or with restrictions";
            default -> "Cannot deliver what you asked for";
        };
    }

    private static String productLabel(RiskModel model, String product) {
        return model.questionnaire().question(model.coverage().question() == null ? "products.intended"
                : model.coverage().question()).flatMap(q -> q.choice(product)).map(c -> c.label()).orElse(product);
    }

    private static List<FactorRow> rows(DimensionResult d) {
        return d.factors().stream().map(PathwayCards::row).toList();
    }

    private static FactorRow row(Contribution c) {
        List<String> moved = c.movedBy().stream().map(m -> signed(m.points()) + ": " + m.because()).toList();
        String effect = c.scenarioAdjustment() == 0 ? null : signed(c.scenarioAdjustment()) + " under this scenario";
        return new FactorRow(c.id(), c.title(), Formats.oneDecimal(c.contribution()), Formats.oneDecimal(c.max()),
                moved, effect, c.contribution() == 0, !Boolean.FALSE.equals(c.applies()));
    }

    private static Score score(double value, String band) {
        return new Score(Formats.oneDecimal(value), band);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Formats.oneDecimal(value);
    }
}
