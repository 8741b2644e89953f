package com.procurementrisk.web;

import com.procurementrisk.scoring.AnswerReading;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Section;
import com.procurementrisk.web.StepView.ErrorLink;
import com.procurementrisk.web.StepView.FieldView;
import com.procurementrisk.web.StepView.OptionView;
import com.procurementrisk.web.StepView.StepLink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a step of the questionnaire from the model: no template names a question. */
final class StepViews {

    private StepViews() {
    }

    /**
     * @param answers   the answers so far, as plain data
     * @param reading   the same answers read by the core (it decides which questions apply)
     * @param submitted values as sent in a refused form, or null to show {@code answers}
     * @param errors    question id to message, shown beside the field
     */
    static StepView build(RiskModel model, int step, Map<String, Object> answers, AnswerReading reading,
                          Map<String, List<String>> submitted, Map<String, String> errors, String token,
                          EditContext edit) {
        List<Section> sections = model.questionnaire().sections();
        Section section = sections.get(step - 1);
        Set<String> here = new HashSet<>();
        section.questions().forEach(q -> here.add(q.id()));
        List<FieldView> fields = new ArrayList<>();
        List<ErrorLink> links = new ArrayList<>();
        for (Question q : section.questions()) {
            boolean dependsOnThisStep = q.when().questions().stream().anyMatch(here::contains);
            if (!dependsOnThisStep && !reading.applies(q.id())) {
                continue;
            }
            List<String> values = submitted != null ? submitted.getOrDefault(q.id(), List.of()) : values(answers.get(q.id()));
            FieldView field = field(model, q, values, errors.get(q.id()), dependsOnThisStep);
            fields.add(field);
            if (field.hasError()) {
                links.add(new ErrorLink(field.htmlId(), q.label(), field.error()));
            }
        }
        List<StepLink> steps = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            steps.add(new StepLink(i + 1, sections.get(i).title(), i + 1 == step, i + 1 < step));
        }
        return new StepView(step, sections.size(), steps, section.title(), section.description(), fields, links,
                token, model.version(), model.info().asOf(), edit);
    }

    static String htmlId(String questionId) {
        return "q-" + questionId.replace('.', '-').replace('_', '-');
    }

    private static FieldView field(RiskModel model, Question q, List<String> values, String error, boolean live) {
        String id = htmlId(q.id());
        List<OptionView> options = new ArrayList<>();
        if (q.type().hasChoices()) {
            q.choices().forEach(c -> options.add(new OptionView(c.id(), c.label(), values.contains(c.id()),
                    id + "-" + c.id().replace('_', '-'))));
        } else if (q.type() == QuestionType.BOOLEAN) {
            options.add(new OptionView("true", "Yes", values.contains("true"), id + "-yes"));
            options.add(new OptionView("false", "No", values.contains("false"), id + "-no"));
            if (!q.required()) {
                options.add(new OptionView("", "Not sure", values.isEmpty(), id + "-unsure"));
            }
        }
        String[] when = live ? ConditionText.live(q.when()) : null;
        String hint = live && q.when() != Condition.ALWAYS ? ConditionText.describe(q.when(), model.questionnaire()) : null;
        return new FieldView(q.id(), id, q.type().id(), q.label(), q.help(), q.required(), options,
                values.isEmpty() ? "" : values.get(0), error, hint, when == null ? null : when[0],
                when == null ? null : when[1], q.min(), q.max(), q.unit());
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(raw));
    }
}
