package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.web.ResultsView.RecommendationGroup;
import com.procurementrisk.web.ResultsView.RecommendationRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fired recommendations grouped by the pathway they concern, in the result's order. */
final class RecommendationGroups {

    private RecommendationGroups() {
    }

    static List<RecommendationGroup> of(RiskModel model, ScoringResult r) {
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
}
