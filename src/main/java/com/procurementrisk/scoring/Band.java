package com.procurementrisk.scoring;

import java.util.Locale;

/** Named ranges of a 0-100 risk score. */
public enum Band {
    LOW, MODERATE, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** low 0-24.9, moderate 25-49.9, high 50-74.9, critical 75-100. */
    public static Band of(double score) {
        if (score < 25) {
            return LOW;
        }
        if (score < 50) {
            return MODERATE;
        }
        return score < 75 ? HIGH : CRITICAL;
    }
}
