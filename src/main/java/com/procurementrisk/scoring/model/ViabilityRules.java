package com.procurementrisk.scoring.model;

import java.util.List;
import java.util.Set;

/**
 * The hard constraints that rule a pathway out or restrict it, before any score.
 *
 * @param preview     when a requested product that a pathway offers only in preview restricts it
 * @param constraints answer patterns that a pathway cannot meet
 */
public record ViabilityRules(PreviewRule preview, List<Constraint> constraints) {

    public static final ViabilityRules NONE = new ViabilityRules(new PreviewRule(new Condition.Not(Condition.ALWAYS),
            ""), List.of());

    public ViabilityRules {
        constraints = List.copyOf(constraints);
    }

    /** A requested product in preview restricts a pathway when {@code when} holds. */
    public record PreviewRule(Condition when, String message) {
    }

    /**
     * Something the buyer needs that some pathways cannot give.
     *
     * @param pathways the pathways it restricts
     * @param products the requested products it concerns; empty: the pathway as a whole
     * @param status   {@code partial} (restricted) or {@code not_viable} (ruled out); for products:
     *                 restricted or not deliverable
     * @param when     when the buyer has the need (may test the scenario)
     */
    public record Constraint(String id, Set<String> pathways, List<String> products, Viability status,
                             Condition when, String message, List<Source> sources) {
        public Constraint {
            pathways = Set.copyOf(pathways);
            products = List.copyOf(products);
            sources = List.copyOf(sources);
        }
    }
}
