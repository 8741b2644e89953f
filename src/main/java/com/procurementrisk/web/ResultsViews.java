package com.procurementrisk.web;

import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.web.ResultsView.Advice;
import com.procurementrisk.web.ResultsView.Context;
import com.procurementrisk.web.ResultsView.Evidence;
import com.procurementrisk.web.ResultsView.FactorReference;
import com.procurementrisk.web.ResultsView.PathwayCard;
import com.procurementrisk.web.ResultsView.Ranking;
import com.procurementrisk.web.ResultsView.ScenarioChoice;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * Turns a scored assessment into what the results page shows, putting together the parts each
 * built by its own class. Presentation only: no scoring here.
 */
final class ResultsViews {

    private ResultsViews() {
    }

    static ResultsView build(RiskModel model, ScoredAnswers scoring, Analysis whatIf, String token,
                             ResultsView.SavedInfo saved, ResultsView.SaveForm save, String editQuery) {
        ScoringResult r = scoring.result();
        // A result saved under an older model may name a scenario the current model no longer has.
        Scenario selected = model.scenario(r.scenario()).orElseGet(() -> fromResult(r));
        // Sources are numbered as the page cites them: the pathway cards first, then the factors.
        SourceNumbers numbers = new SourceNumbers();
        List<PathwayCard> cards = PathwayCards.of(model, r, numbers);
        List<FactorReference> factors = FactorReferences.of(r, numbers);
        return new ResultsView(context(model, r, selected, token, editQuery), DecisionSummaries.of(model, r),
                new Ranking(cards, Chart.of(r, selected.title())), ScenarioTables.of(model, r),
                new Advice(RecommendationGroups.of(model, r), WhatIfText.of(model, r, whatIf)),
                new Evidence(factors, numbers.sources()), AnswerSteps.of(model, scoring), saved, save);
    }

    private static Context context(RiskModel model, ScoringResult r, Scenario selected, String token,
                                   String editQuery) {
        List<ScenarioChoice> choices = model.scenarios().stream()
                .map(s -> choice(s, s.id().equals(r.scenario()), token, r.modelVersion())).toList();
        return new Context(r.modelVersion(), r.asOf(), token, editQuery,
                choice(selected, true, token, r.modelVersion()), choices);
    }

    private static ScenarioChoice choice(Scenario s, boolean selected, String token, String modelVersion) {
        String href = UriBuilder.fromPath("/results").queryParam("a", token).queryParam("scenario", s.id())
                .queryParam("m", modelVersion).build().toString();
        return new ScenarioChoice(s.id(), s.title(), s.description(), Formats.percent(s.probability()), selected, href);
    }

    private static Scenario fromResult(ScoringResult r) {
        var scores = r.scenarios().stream().filter(s -> s.scenario().equals(r.scenario())).findFirst();
        return new Scenario(r.scenario(), scores.map(s -> s.title()).orElse(r.scenario()),
                "A scenario of risk model " + r.modelVersion() + ".", scores.map(s -> s.probability()).orElse(0.0),
                false, List.of(), List.of());
    }
}
