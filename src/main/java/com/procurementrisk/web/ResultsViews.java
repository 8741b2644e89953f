package com.procurementrisk.web;

import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.Sensitivity.Change;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Source;
import com.procurementrisk.web.ResultsView.AnswerRow;
import com.procurementrisk.web.ResultsView.AnswerStep;
import com.procurementrisk.web.ResultsView.FactorReference;
import com.procurementrisk.web.ResultsView.FactorRow;
import com.procurementrisk.web.ResultsView.PathwayCard;
import com.procurementrisk.web.ResultsView.CoverageRow;
import com.procurementrisk.web.ResultsView.ReasonRow;
import com.procurementrisk.web.ResultsView.RecommendationGroup;
import com.procurementrisk.web.ResultsView.RecommendationRow;
import com.procurementrisk.web.ResultsView.ScenarioChoice;
import com.procurementrisk.web.ResultsView.ScenarioRow;
import com.procurementrisk.web.ResultsView.Score;
import com.procurementrisk.web.ResultsView.SourceRow;
import jakarta.ws.rs.core.UriBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a scored assessment into what the results page shows. Presentation only: no scoring here. */
final class ResultsViews {


    private ResultsViews() {
    }

    static ResultsView build(RiskModel model, ScoredAnswers scoring, Analysis whatIf, String token) {
        return build(model, scoring, whatIf, token, null, new ResultsView.SaveForm("/assessments",
                "Save this assessment", null, ""), "");
    }

    static ResultsView build(RiskModel model, ScoredAnswers scoring, Analysis whatIf, String token,
                             ResultsView.SavedInfo saved, ResultsView.SaveForm save, String editQuery) {
        ScoringResult r = scoring.result();
        // A result saved under an older model may name a scenario the current model no longer has.
        Scenario selected = model.scenario(r.scenario()).orElseGet(() -> fromResult(r));
        List<ScenarioChoice> choices = model.scenarios().stream().map(s -> choice(s, s.id().equals(r.scenario()), token, r.modelVersion()))
                .toList();
        Map<String, SourceRow> cited = new LinkedHashMap<>();
        List<PathwayCard> cards = r.pathways().stream().map(p -> card(model, p, cited)).toList();
        Set<String> contributing = new LinkedHashSet<>();
        r.pathways().forEach(p -> List.of(p.contractual(), p.availability()).forEach(d -> d.factors().stream()
                .filter(c -> c.contribution() > 0).forEach(c -> contributing.add(c.id()))));
        List<FactorReference> factors = references(r, contributing, cited);
        List<String> order = pathwayOrder(model, r);
        return new ResultsView(DecisionSummaries.of(model, r), model.info().title(), r.modelVersion(), r.asOf(), token,
                choice(selected, true, token, r.modelVersion()),
                choices, cards, Chart.of(r, selected.title()),
                recommendations(model, r), order.stream().map(id -> r.pathway(id).title()).toList(),
                r.scenarios().stream().map(s -> row(order, s.title(), s.probability(), s.scenario().equals(r.scenario()),
                        s.pathways())).toList(),
                row(order, "Expected (probability-weighted)", 1, false, r.expected()), worst(model, order, r),
                whatIf.answers().stream().map(c -> answerChange(model, c)).toList(),
                whatIf.scenarios().stream().map(c -> scenarioChange(model, c)).toList(),
                whatIf.closest().stream().map(c -> closest(model, r, c)).toList(), factors,
                List.copyOf(cited.values()), answers(model, scoring), scoring.ignored().stream()
                        .map(id -> model.questionnaire().question(id).map(Question::label).orElse(id)).toList(),
                saved, save, editQuery);
    }

    private static ScenarioChoice choice(Scenario s, boolean selected, String token, String modelVersion) {
        String href = UriBuilder.fromPath("/results").queryParam("a", token).queryParam("scenario", s.id())
                .queryParam("m", modelVersion).build().toString();
        return new ScenarioChoice(s.id(), s.title(), s.description(), Formats.percent(s.probability()), selected, href);
    }

    private static PathwayCard card(RiskModel model, PathwayResult p, Map<String, SourceRow> cited) {
        String viability = p.viability() == null ? null : p.viability().status().id();
        List<ReasonRow> reasons = p.viability() == null ? List.of() : p.viability().reasons().stream()
                .map(x -> new ReasonRow(x.message(), cite(x.sources(), cited))).toList();
        List<CoverageRow> coverage = p.coverage().stream().map(c -> new CoverageRow(productLabel(model, c.product()),
                c.status().id(), c.note(), c.insteadVia().stream().map(id -> Formats.pathwayTitle(model, id))
                .collect(Collectors.joining(", ")), cite(c.sources(), cited),
                c.status() == CoverageStatus.UNAVAILABLE)).toList();
        return new PathwayCard(p.pathway(), p.title(), p.rank(), viability, viabilityLabel(viability), reasons, coverage,
                score(p.contractual().score(), p.contractual().band().id()),
                score(p.availability().score(), p.availability().band().id()),
                score(p.overall().score(), p.overall().band().id()), rows(p.contractual()), rows(p.availability()));
    }

    static String viabilityLabel(String viability) {
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
        return d.factors().stream().map(ResultsViews::row).toList();
    }

    private static FactorRow row(Contribution c) {
        List<String> moved = c.movedBy().stream().map(m -> signed(m.points()) + ": " + m.because()).toList();
        String effect = c.scenarioAdjustment() == 0 ? null : signed(c.scenarioAdjustment()) + " under this scenario";
        return new FactorRow(c.id(), c.title(), Formats.oneDecimal(c.contribution()), Formats.oneDecimal(c.max()),
                moved, effect, c.contribution() == 0, !Boolean.FALSE.equals(c.applies()));
    }

    private static List<RecommendationGroup> recommendations(RiskModel model, ScoringResult r) {
        Map<String, List<RecommendationRow>> groups = new LinkedHashMap<>();
        for (var f : r.recommendations()) {
            groups.computeIfAbsent(f.pathway(), k -> new ArrayList<>()).add(new RecommendationRow(f.priority(),
                    model.pathway(f.pathway()).map(Pathway::title).orElse("All pathways"), f.title(), f.detail(),
                    f.factors().stream().map(id -> model.factor(id).map(Factor::title).orElse(id)).toList(),
                    DecisionSummaries.counterparty(f.counterparty()), f.ask(), f.fallback(), f.why()));
        }
        String recommended = r.pathways().isEmpty() ? null : r.pathways().get(0).pathway();
        List<RecommendationGroup> result = new ArrayList<>();
        groups.forEach((pathway, items) -> {
            boolean all = pathway.equals(Recommendation.ALL_PATHWAYS);
            String title = all ? "Whichever route you take" : Formats.pathwayTitle(model, pathway);
            String note = pathway.equals(recommended) ? "the recommended pathway" : all ? null
                    : "if you buy this way (ranked " + r.pathway(pathway).rank() + ")";
            result.add(new RecommendationGroup(pathway, title, note, items));
        });
        return result;
    }

    /** The result's pathways in the model's order (any the model does not know, last). */
    private static List<String> pathwayOrder(RiskModel model, ScoringResult r) {
        return r.pathways().stream().map(PathwayResult::pathway)
                .sorted(java.util.Comparator.comparingInt(model::pathwayOrder)).toList();
    }

    private static Scenario fromResult(ScoringResult r) {
        var scores = r.scenarios().stream().filter(s -> s.scenario().equals(r.scenario())).findFirst();
        return new Scenario(r.scenario(), scores.map(s -> s.title()).orElse(r.scenario()),
                "A scenario of risk model " + r.modelVersion() + ".", scores.map(s -> s.probability()).orElse(0.0),
                false, List.of(), List.of());
    }

    /** Each contributing factor explained once, from the result itself (so an old result keeps its texts). */
    private static List<FactorReference> references(ScoringResult r, Set<String> contributing,
                                                    Map<String, SourceRow> cited) {
        Map<String, FactorReference> byId = new LinkedHashMap<>();
        for (PathwayResult p : r.pathways()) {
            for (var d : List.of(Map.entry("contractual", p.contractual()), Map.entry("availability", p.availability()))) {
                d.getValue().factors().stream().filter(c -> contributing.contains(c.id()) && !byId.containsKey(c.id()))
                        .forEach(c -> byId.put(c.id(), reference(c, d.getKey(), cited)));
            }
        }
        return List.copyOf(byId.values());
    }

    private static ScenarioRow row(List<String> order, String title, double probability, boolean selected,
                                   List<PathwayScores> scores) {
        List<String> cells = new ArrayList<>();
        for (String id : order) {
            PathwayScores s = scores.stream().filter(x -> x.pathway().equals(id)).findFirst().orElseThrow();
            cells.add(Formats.oneDecimal(s.overall()) + " (" + Formats.oneDecimal(s.contractual()) + " / "
                    + Formats.oneDecimal(s.availability()) + ")");
        }
        return new ScenarioRow(title, Formats.percent(probability), selected, cells);
    }

    private static ScenarioRow worst(RiskModel model, List<String> order, ScoringResult r) {
        List<String> cells = new ArrayList<>();
        for (String id : order) {
            var w = r.worstCase().stream().filter(x -> x.pathway().equals(id)).findFirst().orElseThrow();
            cells.add(Formats.oneDecimal(w.overall()) + " (" + Formats.scenarioTitle(model, w.overallScenario()) + ")");
        }
        return new ScenarioRow("Worst case (overall)", "", false, cells);
    }

    private static String answerChange(RiskModel model, Change c) {
        Question q = model.questionnaire().question(c.question()).orElseThrow();
        return (c.topChanges() ? "Changes the best pathway: " : "Reorders the pathways: ") + "if \u201c" + q.label()
                + "\u201d were \u201c" + AnswerLabels.describe(q, c.to()) + "\u201d (now \u201c"
                + AnswerLabels.describe(q, c.from()) + "\u201d), the order would be " + order(model, c.ranking()) + ".";
    }

    private static String closest(RiskModel model, ScoringResult r, Change c) {
        Question q = model.questionnaire().question(c.question()).orElseThrow();
        return "\u201c" + q.label() + "\u201d: \u201c" + AnswerLabels.describe(q, c.to()) + "\u201d instead of \u201c"
                + AnswerLabels.describe(q, c.from()) + "\u201d would cut the lead of " + r.pathways().get(0).title()
                + " over " + r.pathways().get(1).title() + " to " + Formats.oneDecimal(c.lead()) + " points.";
    }

    private static String scenarioChange(RiskModel model, Change c) {
        return "Under \u201c" + Formats.scenarioTitle(model, String.valueOf(c.to())) + "\u201d the order would be "
                + order(model, c.ranking()) + ".";
    }

    private static String order(RiskModel model, List<String> ranking) {
        return ranking.stream().map(id -> Formats.pathwayTitle(model, id)).collect(Collectors.joining(", then "));
    }

    /** A factor citing its sources by number; each source is numbered the first time it is cited. */
    private static FactorReference reference(Contribution c, String dimension, Map<String, SourceRow> cited) {
        return new FactorReference(c.id(), c.title(), dimension, c.rationale(), cite(c.sources(), cited));
    }

    private static List<SourceRow> cite(List<Source> sources, Map<String, SourceRow> cited) {
        return sources.stream().map(s -> cited.computeIfAbsent(s.id(), id -> new SourceRow(cited.size() + 1, id,
                s.title(), s.url(), String.valueOf(s.date()), s.publisher(), s.confidence(), s.kind(),
                s.published() == null ? null : s.published().toString(),
                s.accessed() == null ? null : s.accessed().toString(), s.readVia()))).toList();
    }

    private static List<AnswerStep> answers(RiskModel model, ScoredAnswers scoring) {
        List<AnswerStep> steps = new ArrayList<>();
        Map<String, Object> values = scoring.answers().values();
        var sections = model.questionnaire().sections();
        for (int i = 0; i < sections.size(); i++) {
            List<AnswerRow> rows = new ArrayList<>();
            for (Question q : sections.get(i).questions()) {
                if (values.containsKey(q.id())) {
                    rows.add(new AnswerRow(q.label(), AnswerLabels.describe(q, values.get(q.id()))));
                }
            }
            steps.add(new AnswerStep(i + 1, sections.get(i).title(), rows));
        }
        return steps;
    }

    private static Score score(double value, String band) {
        return new Score(Formats.oneDecimal(value), band);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Formats.oneDecimal(value);
    }
}
