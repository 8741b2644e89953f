package com.procurementrisk.scoring.model;

import java.util.Map;

/**
 * An answer pattern that moves a factor: when {@code when} holds, the factor gains
 * (or, when negative, loses) {@code points} on each pathway named.
 *
 * @param because one sentence shown beside the answer that moved the factor
 */
public record Driver(Condition when, Map<String, Double> points, String because) {

    public Driver {
        points = Map.copyOf(points);
    }

    public double pointsFor(String pathway) {
        return points.getOrDefault(pathway, 0.0);
    }
}
