package com.procurementrisk.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One input that differs between two saved results: the model version, the scenario, or one answer
 * ({@code key} is then the question id). A value is {@code null} where that side has none.
 */
public record InputChange(Kind kind, String key, Object left, Object right) {

    /** What kind of input changed. */
    public enum Kind { MODEL_VERSION, SCENARIO, ANSWER }

    /**
     * The inputs that differ, model version first, then scenario, then answers in questionnaire order
     * (answers to questions the questionnaire no longer asks last). An empty multiple choice and no
     * answer mean the same to the buyer and are not a change.
     */
    static List<InputChange> between(SavedAssessment left, SavedAssessment right, List<String> questionOrder) {
        List<InputChange> changes = new ArrayList<>();
        if (!Objects.equals(left.modelVersion(), right.modelVersion())) {
            changes.add(new InputChange(Kind.MODEL_VERSION, null, left.modelVersion(), right.modelVersion()));
        }
        if (!Objects.equals(left.scenario(), right.scenario())) {
            changes.add(new InputChange(Kind.SCENARIO, null, left.scenario(), right.scenario()));
        }
        Set<String> ids = new LinkedHashSet<>(questionOrder);
        ids.addAll(left.answers().keySet());
        ids.addAll(right.answers().keySet());
        for (String id : ids) {
            Object before = blankAsNull(left.answers().get(id));
            Object after = blankAsNull(right.answers().get(id));
            if (!Objects.equals(before, after)) {
                changes.add(new InputChange(Kind.ANSWER, id, before, after));
            }
        }
        return List.copyOf(changes);
    }

    private static Object blankAsNull(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() ? null : value;
    }
}
