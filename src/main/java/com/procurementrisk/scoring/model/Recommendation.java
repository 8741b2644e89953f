package com.procurementrisk.scoring.model;

import java.util.List;

/**
 * Advice that fires when {@code when} holds: for a negotiation, who to ask, what to ask for,
 * what to settle for and why.
 *
 * @param pathway      a pathway id, or {@link #ALL_PATHWAYS}
 * @param priority     1 (act now) to 5 (good practice)
 * @param counterparty who acts on it: {@code microsoft}, {@code aws}, {@code openai} or {@code internal}
 *                     (your own teams); null in models of format 1
 * @param ask          the position to open with (null in format 1)
 * @param fallback     the least to settle for (null when nothing is negotiated)
 * @param why          what the clause or step protects against (null in format 1)
 */
public record Recommendation(String id, String pathway, int priority, String title, String detail,
                             List<String> factors, Condition when, String counterparty, String ask,
                             String fallback, String why) {

    public static final String ALL_PATHWAYS = "all";
    public static final List<String> COUNTERPARTIES = List.of("microsoft", "aws", "openai", "internal");

    public Recommendation {
        factors = List.copyOf(factors);
    }
}
