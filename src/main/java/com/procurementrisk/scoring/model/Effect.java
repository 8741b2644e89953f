package com.procurementrisk.scoring.model;

import java.util.Set;

/**
 * How a scenario moves a factor: raw points are multiplied, then {@code add} is added.
 *
 * @param pathways the pathways affected; empty means every pathway the factor touches
 */
public record Effect(String factor, Set<String> pathways, double multiply, double add) {

    public Effect {
        pathways = Set.copyOf(pathways);
    }

    public boolean appliesTo(String factorId, String pathway) {
        return factor.equals(factorId) && (pathways.isEmpty() || pathways.contains(pathway));
    }
}
