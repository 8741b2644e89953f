package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.CoverageItem;
import com.procurementrisk.scoring.ScoringResult.Reason;
import com.procurementrisk.scoring.ScoringResult.ViabilityResult;
import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;
import com.procurementrisk.scoring.model.ViabilityRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The implementation from before issue 13 (performance), kept unchanged as the test oracle: the
 * optimised core must give equal results (ReferenceEquivalenceTest).
 *
 * Whether each pathway can deliver what the buyer asked for, decided before any score: the
 * products it sells (coverage) and the buyer's hard constraints it cannot meet. A pathway
 * that sells none of the requested products, or is ruled out by a constraint, is not viable;
 * one that sells only some, only in preview, or with a restriction, is partial.
 */
final class ReferencePathwayFit {

    static final String UNAVAILABLE = Reason.PRODUCT_UNAVAILABLE;
    static final String PREVIEW = Reason.PRODUCT_IN_PREVIEW;

    private final RiskModel model;
    private final List<String> requested;
    private final Map<String, List<CoverageItem>> coverage = new LinkedHashMap<>();

    ReferencePathwayFit(RiskModel model, Answers answers) {
        this.model = model;
        String question = model.coverage().question();
        this.requested = question == null ? List.of() : answers.get(question)
                .filter(a -> a instanceof Answer.Multi).map(a -> ((Answer.Multi) a).choices()).orElse(List.of());
        for (Pathway p : model.pathways()) {
            coverage.put(p.id(), requested.stream().flatMap(product -> model.coverage().offer(p.id(), product).stream())
                    .map(o -> new CoverageItem(o.product(), o.status(), o.note(), o.insteadVia(), o.sources()))
                    .toList());
        }
    }

    /** What the pathway sells of the requested products, in the questionnaire's order. */
    List<CoverageItem> coverage(String pathway) {
        return coverage.get(pathway);
    }

    /**
     * The viability of every pathway under a scenario (constraints may depend on it); empty for a
     * model of format 1, which knows nothing of coverage or constraints and so cannot judge it.
     */
    Map<String, ViabilityResult> under(Answers answers, Scenario scenario) {
        Map<String, ViabilityResult> result = new LinkedHashMap<>();
        if (model.info().format() < 2) {
            return result;
        }
        EvaluationContext context = EvaluationContext.of(answers, scenario.id());
        model.pathways().forEach(p -> result.put(p.id(), assess(p.id(), context)));
        return result;
    }

    private ViabilityResult assess(String pathway, EvaluationContext context) {
        ViabilityRules rules = model.viability();
        List<Reason> reasons = new ArrayList<>();
        Set<String> blocked = new LinkedHashSet<>();
        Set<String> restricted = new LinkedHashSet<>();
        for (CoverageItem item : coverage.get(pathway)) {
            if (item.status() == CoverageStatus.UNAVAILABLE) {
                blocked.add(item.product());
                reasons.add(new Reason(UNAVAILABLE, List.of(item.product()),
                        label(item.product()) + ": " + item.note(), item.sources()));
            } else if (item.status() == CoverageStatus.PREVIEW && rules.preview().when().isSatisfiedBy(context)) {
                restricted.add(item.product());
                reasons.add(new Reason(PREVIEW, List.of(item.product()),
                        label(item.product()) + " is in preview on this route: " + rules.preview().message(),
                        item.sources()));
            }
        }
        Viability status = Viability.VIABLE;
        for (ViabilityRules.Constraint c : rules.constraints()) {
            if (!c.pathways().contains(pathway) || !c.when().isSatisfiedBy(context)) {
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
        return new ViabilityResult(status, reasons, requested.stream().filter(blocked::contains).toList());
    }

    private String label(String product) {
        return model.questionnaire().question(model.coverage().question()).flatMap(q -> q.choice(product))
                .map(Choice::label).orElse(product);
    }
}
