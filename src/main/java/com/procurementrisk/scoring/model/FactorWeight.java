package com.procurementrisk.scoring.model;

/**
 * How much a factor weighs on one pathway.
 *
 * @param base points every buyer carries on the pathway as of the model date
 * @param max  the most points the factor can contribute on the pathway
 */
public record FactorWeight(double base, double max) {
}
