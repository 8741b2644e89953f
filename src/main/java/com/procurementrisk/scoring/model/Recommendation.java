package com.procurementrisk.scoring.model;

import java.util.List;

/**
 * Advice that fires when {@code when} holds.
 *
 * @param pathway  a pathway id, or {@link #ALL_PATHWAYS}
 * @param priority 1 (act now) to 5 (good practice)
 */
public record Recommendation(String id, String pathway, int priority, String title, String detail,
                             List<String> factors, Condition when) {

    public static final String ALL_PATHWAYS = "all";

    public Recommendation {
        factors = List.copyOf(factors);
    }
}
