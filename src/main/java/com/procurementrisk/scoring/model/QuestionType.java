package com.procurementrisk.scoring.model;

import java.util.Locale;
import java.util.Optional;

/** How a question is answered: one choice, several choices, a whole number, or yes/no. */
public enum QuestionType {
    SINGLE, MULTI, INTEGER, BOOLEAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTI;
    }

    public static Optional<QuestionType> fromId(String id) {
        for (QuestionType t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
