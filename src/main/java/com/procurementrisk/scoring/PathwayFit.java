package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.CoverageItem;
import com.procurementrisk.scoring.ScoringResult.Reason;
import com.procurementrisk.scoring.ScoringResult.ViabilityResult;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;
import com.procurementrisk.scoring.model.ViabilityRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether each pathway can deliver what the buyer asked for, decided before any score: the
 * products it sells (coverage) and the buyer's hard constraints it cannot meet. A pathway
 * that sells none of the requested products, or is ruled out by a constraint, is not viable;
 * one that sells only some, only in preview, or with a restriction, is partial.
 */
final class PathwayFit {

    private final ModelIndex index;
    private final RiskModel model;
    private final Answers answers;
    private final List<String> requested;
    /** [pathway]: what it offers of the requested products, in the questionnaire's order. */
    private final List<List<ModelIndex.Offered>> offers = new ArrayList<>();
    private final List<List<CoverageItem>> coverage = new ArrayList<>();
    /** Viability by {@link ModelIndex#viabilityKey}: scenarios no rule names share one. */
    private final Map<String, ViabilityResult[]> byScenario = new HashMap<>();

    PathwayFit(ModelIndex index, Answers answers) {
        this.index = index;
        this.model = index.model;
        this.answers = answers;
        String question = model.coverage().question();
        this.requested = question == null ? List.of() : answers.get(question)
                .filter(a -> a instanceof Answer.Multi).map(a -> ((Answer.Multi) a).choices()).orElse(List.of());
        for (int p = 0; p < index.pathwayCount; p++) {
            List<ModelIndex.Offered> here = new ArrayList<>(requested.size());
            for (String product : requested) {
                ModelIndex.Offered offered = index.offered(p, product);
                if (offered != null) {
                    here.add(offered);
                }
            }
            offers.add(here);
            coverage.add(items(here));
        }
    }

    /** An immutable list of the offers' items, which a pathway's result keeps as it is. */
    private static List<CoverageItem> items(List<ModelIndex.Offered> offers) {
        CoverageItem[] items = new CoverageItem[offers.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = offers.get(i).item();
        }
        return List.of(items);
    }

    /** What the pathway sells of the requested products, in the questionnaire's order. */
    List<CoverageItem> coverage(int pathway) {
        return coverage.get(pathway);
    }

    /**
     * The viability of every pathway under a scenario (constraints may depend on it), by position in
     * the model; all null for a model of format 1, which knows nothing of coverage or constraints and
     * so cannot judge it. Shared: read only.
     */
    ViabilityResult[] under(Scenario scenario) {
        if (model.info().format() < 2) {
            return new ViabilityResult[index.pathwayCount];
        }
        return byScenario.computeIfAbsent(index.viabilityKey(scenario), k -> {
            EvaluationContext context = EvaluationContext.of(answers, scenario.id());
            ViabilityResult[] result = new ViabilityResult[index.pathwayCount];
            for (int p = 0; p < result.length; p++) {
                result[p] = assess(p, context);
            }
            return result;
        });
    }

    private ViabilityResult assess(int pathway, EvaluationContext context) {
        ViabilityRules rules = model.viability();
        List<Reason> reasons = new ArrayList<>();
        Set<String> blocked = new LinkedHashSet<>();
        Set<String> restricted = new LinkedHashSet<>();
        for (ModelIndex.Offered offered : offers.get(pathway)) {
            CoverageItem item = offered.item();
            if (item.status() == CoverageStatus.UNAVAILABLE) {
                blocked.add(item.product());
                reasons.add(offered.reason());
            } else if (item.status() == CoverageStatus.PREVIEW && rules.preview().when().isSatisfiedBy(context)) {
                restricted.add(item.product());
                reasons.add(offered.reason());
            }
        }
        Viability status = Viability.VIABLE;
        for (ViabilityRules.Constraint c : index.constraintsOn(pathway)) {
            if (!c.when().isSatisfiedBy(context)) {
                continue;
            }
            if (c.products().isEmpty()) {
                status = status.worse(c.status());
                reasons.add(new Reason(c.id(), List.of(), c.message(), c.sources()));
                continue;
            }
            List<String> affected = requested.stream().filter(c.products()::contains)
                    .filter(p -> !blocked.contains(p)).toList();
            if (!affected.isEmpty()) {
                (c.status() == Viability.NOT_VIABLE ? blocked : restricted).addAll(affected);
                reasons.add(new Reason(c.id(), affected, c.message(), c.sources()));
            }
        }
        if (!requested.isEmpty() && blocked.containsAll(requested)) {
            status = Viability.NOT_VIABLE;
        } else if (!blocked.isEmpty() || !restricted.isEmpty()) {
            status = status.worse(Viability.PARTIAL);
        }
        List<String> undeliverable = blocked.isEmpty() ? List.of()
                : requested.stream().filter(blocked::contains).toList();
        return new ViabilityResult(status, reasons, undeliverable);
    }
}
