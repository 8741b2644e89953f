package com.procurementrisk.scoring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each pathway sells of the products a buyer may ask for.
 *
 * @param question  the multiple-choice question whose choices are the products ({@code products.intended})
 * @param pathways  pathway id to product id to what the pathway offers
 */
public record Coverage(String question, Map<String, Map<String, Offer>> pathways) {

    /** No coverage statements (models of format 1). */
    public static final Coverage NONE = new Coverage(null, Map.of());

    public Coverage {
        Map<String, Map<String, Offer>> copy = new LinkedHashMap<>();
        pathways.forEach((p, offers) -> copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(offers))));
        pathways = Collections.unmodifiableMap(copy);
    }

    public Optional<Offer> offer(String pathway, String product) {
        return Optional.ofNullable(pathways.getOrDefault(pathway, Map.of()).get(product));
    }

    /**
     * What one pathway offers of one product.
     *
     * @param insteadVia where the product is bought instead, when this pathway does not sell it
     */
    public record Offer(String product, CoverageStatus status, String note, List<String> insteadVia,
                        List<Source> sources) {
        public Offer {
            insteadVia = List.copyOf(insteadVia);
            sources = List.copyOf(sources);
        }
    }
}
