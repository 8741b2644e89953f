package com.procurementrisk.scoring.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a pathway can deliver what the buyer asked for, decided before any score. */
public enum Viability {
    /** Delivers every requested product within the buyer's constraints. */
    VIABLE("viable"),
    /** Delivers some of it, or only with restrictions (preview terms, a missing product, ...). */
    PARTIAL("partial"),
    /** Cannot deliver what was asked within the buyer's constraints. */
    NOT_VIABLE("not_viable");

    private final String id;

    Viability(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Viability> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** The more restrictive of the two. */
    public Viability worse(Viability other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
