package com.procurementrisk.scoring.model;

/** Weights of the two dimensions in a pathway's overall score; they sum to 1. */
public record ScoringWeights(double contractual, double availability) {
}
