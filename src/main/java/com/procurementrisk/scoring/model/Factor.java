package com.procurementrisk.scoring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One source of risk, scored per pathway it touches. {@code pathways} keeps the model's
 * pathway order.
 *
 * @param appliesWhen the buyers the factor concerns (the products, estate or regulation it is
 *                    about); for anyone else it adds nothing, not even its base
 */
public record Factor(String id, String title, Dimension dimension, String rationale, List<Source> sources,
                     Map<String, FactorWeight> pathways, List<Driver> drivers, Condition appliesWhen) {

    public Factor {
        sources = List.copyOf(sources);
        drivers = List.copyOf(drivers);
        pathways = Collections.unmodifiableMap(new LinkedHashMap<>(pathways));
    }

    public boolean touches(String pathway) {
        return pathways.containsKey(pathway);
    }

    /** Whether the factor concerns this buyer on this pathway. */
    public boolean appliesTo(EvaluationContext context, String pathway) {
        FactorWeight weight = pathways.get(pathway);
        return weight != null && appliesWhen.isSatisfiedBy(context) && weight.appliesWhen().isSatisfiedBy(context);
    }
}
