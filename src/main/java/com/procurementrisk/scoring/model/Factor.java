package com.procurementrisk.scoring.model;

import java.util.List;
import java.util.Map;

/**
 * One source of risk, scored per pathway it touches. {@code pathways} keeps the model's
 * pathway order.
 */
public record Factor(String id, String title, Dimension dimension, String rationale, List<Source> sources,
                     Map<String, FactorWeight> pathways, List<Driver> drivers) {

    public Factor {
        sources = List.copyOf(sources);
        drivers = List.copyOf(drivers);
        pathways = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pathways));
    }

    public boolean touches(String pathway) {
        return pathways.containsKey(pathway);
    }
}
