package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.web.ResultsView.FactorReference;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "The factors explained": each factor that scored points on some pathway, explained once with
 * its numbered sources. The texts come from the result itself, so an old result keeps its own.
 */
final class FactorReferences {

    private FactorReferences() {
    }

    static List<FactorReference> of(ScoringResult r, SourceNumbers numbers) {
        Set<String> contributing = new LinkedHashSet<>();
        r.pathways().forEach(p -> List.of(p.contractual(), p.availability()).forEach(d -> d.factors().stream()
                .filter(c -> c.contribution() > 0).forEach(c -> contributing.add(c.id()))));
        Map<String, FactorReference> byId = new LinkedHashMap<>();
        for (PathwayResult p : r.pathways()) {
            for (var d : List.of(Map.entry("contractual", p.contractual()), Map.entry("availability", p.availability()))) {
                d.getValue().factors().stream().filter(c -> contributing.contains(c.id()) && !byId.containsKey(c.id()))
                        .forEach(c -> byId.put(c.id(), new FactorReference(c.id(), c.title(), d.getKey(),
                                c.rationale(), numbers.cite(c.sources()))));
            }
        }
        return List.copyOf(byId.values());
    }
}
