package com.procurementrisk.web;

import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Section;
import com.procurementrisk.web.ResultsView.AnswerRow;
import com.procurementrisk.web.ResultsView.AnswerStep;
import com.procurementrisk.web.ResultsView.AnswersGiven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Your answers": the answers given, step by step, and the questions left out as not applying. */
final class AnswerSteps {

    private AnswerSteps() {
    }

    static AnswersGiven of(RiskModel model, ScoredAnswers scoring) {
        List<AnswerStep> steps = new ArrayList<>();
        Map<String, Object> values = scoring.answers().values();
        List<Section> sections = model.questionnaire().sections();
        for (int i = 0; i < sections.size(); i++) {
            List<AnswerRow> rows = new ArrayList<>();
            for (Question q : sections.get(i).questions()) {
                if (values.containsKey(q.id())) {
                    rows.add(new AnswerRow(q.label(), AnswerLabels.describe(q, values.get(q.id()))));
                }
            }
            steps.add(new AnswerStep(i + 1, sections.get(i).title(), rows));
        }
        List<String> ignored = scoring.ignored().stream()
                .map(id -> model.questionnaire().question(id).map(Question::label).orElse(id)).toList();
        return new AnswersGiven(steps, ignored);
    }
}
