package com.procurementrisk.scoring.model;

import java.util.List;

/** A possible state of the world with its probability and its effects on factors. */
public record Scenario(String id, String title, String description, double probability, boolean isDefault,
                       List<Source> sources, List<Effect> effects) {

    public Scenario {
        sources = List.copyOf(sources);
        effects = List.copyOf(effects);
    }
}
