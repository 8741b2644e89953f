package com.procurementrisk.scoring.model;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of risk the advisor scores. */
public enum Dimension {
    CONTRACTUAL, AVAILABILITY;

    /** The lower-case id used in the model file and the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> fromId(String id) {
        for (Dimension d : values()) {
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
