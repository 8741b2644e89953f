package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.web.ResultsView.ScenarioRow;
import com.procurementrisk.web.ResultsView.ScenarioTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Scores under every scenario": a row per scenario, then the probability-weighted expectation
 * and each pathway's worst case, the pathways in the model's order.
 */
final class ScenarioTables {

    private ScenarioTables() {
    }

    static ScenarioTable of(RiskModel model, ScoringResult r) {
        List<String> order = pathwayOrder(model, r);
        return new ScenarioTable(order.stream().map(id -> r.pathway(id).title()).toList(),
                r.scenarios().stream().map(s -> row(order, s.title(), s.probability(), s.scenario().equals(r.scenario()),
                        s.pathways())).toList(),
                row(order, "Expected (probability-weighted)", 1, false, r.expected()), worst(model, order, r));
    }

    /** The result's pathways in the model's order (any the model does not know, last). */
    private static List<String> pathwayOrder(RiskModel model, ScoringResult r) {
        return r.pathways().stream().map(PathwayResult::pathway).sorted(Comparator.comparingInt(model::pathwayOrder))
                .toList();
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
}
