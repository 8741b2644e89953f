package com.procurementrisk.scoring.model;

/**
 * How much a factor weighs on one pathway.
 *
 * @param base        points every buyer it applies to carries on the pathway as of the model date
 * @param max         the most points the factor can contribute on the pathway
 * @param appliesWhen the buyers the factor concerns on this pathway ({@link Condition#ALWAYS}: all)
 */
public record FactorWeight(double base, double max, Condition appliesWhen) {

    public FactorWeight(double base, double max) {
        this(base, max, Condition.ALWAYS);
    }
}
