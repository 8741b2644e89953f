package com.procurementrisk.scoring.model;

import java.util.List;
import java.util.Optional;

/**
 * One validated version of the risk model: everything the engine knows, including what each
 * pathway sells ({@code coverage}) and what rules a pathway out ({@code viability}). Build it with the
 * model loader, which refuses inconsistent data; the engine trusts what it gets.
 */
public record RiskModel(ModelInfo info, ScoringWeights weights, List<Pathway> pathways, List<Source> sources,
                        Questionnaire questionnaire, List<Factor> factors, List<Scenario> scenarios,
                        List<Recommendation> recommendations, Coverage coverage, ViabilityRules viability) {

    public RiskModel {
        pathways = List.copyOf(pathways);
        sources = List.copyOf(sources);
        factors = List.copyOf(factors);
        scenarios = List.copyOf(scenarios);
        recommendations = List.copyOf(recommendations);
    }

    public String version() {
        return info.version();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The world as of the model date. */
    public Scenario defaultScenario() {
        return scenarios.stream().filter(Scenario::isDefault).findFirst()
                .orElseThrow(() -> new IllegalStateException("model " + info.version() + " has no default scenario"));
    }

    public Optional<Pathway> pathway(String id) {
        return pathways.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Factor> factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Position of a pathway in the model's order, used to break ties. */
    public int pathwayOrder(String id) {
        for (int i = 0; i < pathways.size(); i++) {
            if (pathways.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
