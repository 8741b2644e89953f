package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.Sensitivity.Change;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.web.ResultsView.WhatIf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentences of "what would change the recommendation": each answer and each scenario that
 * would reorder the pathways, and, when none would, the answer changes that would come closest.
 */
final class WhatIfText {

    private WhatIfText() {
    }

    static WhatIf of(RiskModel model, ScoringResult r, Analysis analysis) {
        return new WhatIf(analysis.answers().stream().map(c -> answerChange(model, c)).toList(),
                analysis.scenarios().stream().map(c -> scenarioChange(model, c)).toList(),
                analysis.closest().stream().map(c -> closest(model, r, c)).toList());
    }

    private static String answerChange(RiskModel model, Change c) {
        Question q = model.questionnaire().question(c.question()).orElseThrow();
        return (c.topChanges() ? "Changes the best pathway: " : "Reorders the pathways: ") + "if \u201c" + q.label()
                + "\u201d were \u201c" + AnswerLabels.describe(q, c.to()) + "\u201d (now \u201c"
                + AnswerLabels.describe(q, c.from()) + "\u201d), the order would be " + order(model, c.ranking()) + ".";
    }

    private static String scenarioChange(RiskModel model, Change c) {
        return "Under \u201c" + Formats.scenarioTitle(model, String.valueOf(c.to())) + "\u201d the order would be "
                + order(model, c.ranking()) + ".";
    }

    private static String closest(RiskModel model, ScoringResult r, Change c) {
        Question q = model.questionnaire().question(c.question()).orElseThrow();
        return "\u201c" + q.label() + "\u201d: \u201c" + AnswerLabels.describe(q, c.to()) + "\u201d instead of \u201c"
                + AnswerLabels.describe(q, c.from()) + "\u201d would cut the lead of " + r.pathways().get(0).title()
                + " over " + r.pathways().get(1).title() + " to " + Formats.oneDecimal(c.lead()) + " points.";
    }

    private static String order(RiskModel model, List<String> ranking) {
        return ranking.stream().map(id -> Formats.pathwayTitle(model, id)).collect(Collectors.joining(", then "));
    }
}
