package com.procurementrisk.web;

import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step's form fields read as raw answers (the same plain data the JSON API takes),
 * plus what the user typed, so a refused form can be shown again exactly as it was sent.
 *
 * @param values    question id to raw answer, for the questions of the step that were answered
 * @param submitted question id to the values as sent, for redisplay
 * @param errors    question id to why the value could not even be read (e.g. "abc" for a number)
 */
record FormAnswers(Map<String, Object> values, Map<String, List<String>> submitted, Map<String, String> errors) {

    static FormAnswers read(Section section, Map<String, List<String>> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : section.questions()) {
            List<String> sent = form.getOrDefault(q.id(), List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            submitted.put(q.id(), sent);
            switch (q.type()) {
                case MULTI:
                    // An unticked box is not sent at all: no values means "none of these".
                    values.put(q.id(), new ArrayList<>(sent));
                    break;
                case INTEGER:
                    if (!sent.isEmpty()) {
                        try {
                            values.put(q.id(), Long.parseLong(sent.get(0).replace(",", "").replace("_", "")));
                        } catch (NumberFormatException e) {
                            errors.put(q.id(), "Enter a whole number from " + q.min() + " to " + q.max() + ".");
                        }
                    }
                    break;
                case BOOLEAN:
                    if (!sent.isEmpty()) {
                        values.put(q.id(), Boolean.parseBoolean(sent.get(0)));
                    }
                    break;
                default:
                    if (!sent.isEmpty()) {
                        values.put(q.id(), sent.get(0));
                    }
            }
        }
        return new FormAnswers(values, submitted, errors);
    }

    /** Earlier answers with this step's answers laid over them (this step's unanswered ones removed). */
    Map<String, Object> over(Section section, Map<String, Object> earlier) {
        Map<String, Object> merged = new LinkedHashMap<>(earlier);
        section.questions().forEach(q -> merged.remove(q.id()));
        merged.putAll(values);
        return merged;
    }
}
