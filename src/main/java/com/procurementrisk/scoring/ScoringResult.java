package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.Source;
import com.procurementrisk.scoring.model.Viability;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the engine says about one set of answers under one scenario.
 *
 * @param pathways        the pathways, best (lowest risk) first
 * @param recommendations fired recommendations, most urgent first
 * @param scenarios       the scores of every pathway under every scenario of the model
 * @param expected        probability-weighted scores over all scenarios, best first
 * @param worstCase       the highest score of each pathway over all scenarios
 */
public record ScoringResult(String modelId, String modelVersion, LocalDate asOf, String scenario,
                            List<PathwayResult> pathways, List<FiredRecommendation> recommendations,
                            List<ScenarioScores> scenarios, List<PathwayScores> expected,
                            List<WorstCase> worstCase) {

    public ScoringResult {
        pathways = List.copyOf(pathways);
        recommendations = List.copyOf(recommendations);
        scenarios = List.copyOf(scenarios);
        expected = List.copyOf(expected);
        worstCase = List.copyOf(worstCase);
    }

    /** A pathway's result, by id. */
    public PathwayResult pathway(String id) {
        return pathways.stream().filter(p -> p.pathway().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pathway " + id));
    }

    /** The recommended pathway: the first in rank order, which is the best viable one if any is. */
    public PathwayResult recommended() {
        return pathways.get(0);
    }

    /** The pathway ids in rank order. */
    public List<String> ranking() {
        return pathways.stream().map(PathwayResult::pathway).toList();
    }

    /**
     * One pathway scored in full, with every contribution explained.
     *
     * @param viability whether it can deliver what was asked (null in results of format-1 models saved
     *                  before viability existed)
     * @param coverage  what it sells of the requested products (empty when the model states none)
     */
    public record PathwayResult(String pathway, String title, int rank, DimensionResult contractual,
                                DimensionResult availability, Scored overall, ViabilityResult viability,
                                List<CoverageItem> coverage) {
        public PathwayResult {
            coverage = coverage == null ? List.of() : List.copyOf(coverage);
        }

        /** The viability, counting a result saved before viability existed as viable. */
        public Viability fit() {
            return viability == null ? Viability.VIABLE : viability.status();
        }

        /** How many requested products it cannot deliver (0 for results without viability). */
        public int shortfall() {
            return viability == null ? 0 : viability.undeliverable().size();
        }
    }

    /**
     * Whether a pathway can deliver what was asked, and every reason it cannot fully.
     *
     * @param undeliverable the requested products it cannot deliver to this buyer (not sold, or ruled
     *                      out by a constraint); null in results saved before it existed
     */
    public record ViabilityResult(Viability status, List<Reason> reasons, List<String> undeliverable) {
        public ViabilityResult {
            reasons = List.copyOf(reasons);
            undeliverable = undeliverable == null ? List.of() : List.copyOf(undeliverable);
        }
    }

    /**
     * Why a pathway is ruled out or restricted.
     *
     * @param code     {@code product_unavailable}, {@code product_in_preview} or a constraint id of the model
     * @param products the requested products concerned (empty: the pathway as a whole)
     */
    public record Reason(String code, List<String> products, String message, List<Source> sources) {

        /** The code of a reason that the route does not sell a requested product. */
        public static final String PRODUCT_UNAVAILABLE = "product_unavailable";
        /** The code of a reason that the route sells a requested product only in preview, which the buyer cannot use. */
        public static final String PRODUCT_IN_PREVIEW = "product_in_preview";

        public Reason {
            products = List.copyOf(products);
            sources = List.copyOf(sources);
        }
    }

    /**
     * What a pathway sells of one requested product.
     *
     * @param insteadVia where it is bought instead, when this pathway does not sell it
     */
    public record CoverageItem(String product, CoverageStatus status, String note, List<String> insteadVia,
                               List<Source> sources) {
        public CoverageItem {
            insteadVia = List.copyOf(insteadVia);
            sources = List.copyOf(sources);
        }
    }

    /** A dimension's score, band and the factor contributions that add up to it. */
    public record DimensionResult(double score, Band band, List<Contribution> factors) {
        public DimensionResult {
            factors = List.copyOf(factors);
        }
    }

    /** A score and its band. */
    public record Scored(double score, Band band) {
        public static Scored of(double score) {
            return new Scored(score, Band.of(score));
        }
    }

    /**
     * What one factor adds to a dimension score of one pathway, and why.
     *
     * @param contribution       the points it adds (rounded so the contributions sum to the score)
     * @param max                the most the factor can add on this pathway
     * @param base               what every buyer carries as of the model date
     * @param movedBy            the answers that moved it away from its base
     * @param scenarioAdjustment the points the scenario added (negative: removed)
     * @param applies            whether the factor concerns this buyer on this pathway (false: it adds
     *                           nothing, not even its base; null in results saved before applicability)
     */
    public record Contribution(String id, String title, double contribution, double max, double base,
                               String rationale, List<AnswerEffect> movedBy, double scenarioAdjustment,
                               List<Source> sources, Boolean applies) {
        public Contribution {
            movedBy = List.copyOf(movedBy);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A driver that held: the answers it read, the points it moved and why.
     *
     * @param answers question id to the buyer's answer (null when unanswered)
     */
    public record AnswerEffect(java.util.Map<String, Object> answers, double points, String because) {
    }

    /**
     * A recommendation that fired. {@code pathway} may be {@code all}; counterparty, ask, fallback
     * and why are null for models of format 1.
     */
    public record FiredRecommendation(String id, String pathway, int priority, String title, String detail,
                                      List<String> factors, String counterparty, String ask, String fallback,
                                      String why) {
        public FiredRecommendation {
            factors = List.copyOf(factors);
        }
    }

    /** The scores of every pathway under one scenario. */
    public record ScenarioScores(String scenario, String title, double probability, boolean isDefault,
                                 List<PathwayScores> pathways) {
        public ScenarioScores {
            pathways = List.copyOf(pathways);
        }
    }

    /**
     * One pathway's scores in a summary table; viability is null, and shortfall 0, in results saved
     * before they existed.
     *
     * @param shortfall how many requested products the pathway cannot deliver
     */
    public record PathwayScores(String pathway, double contractual, double availability, double overall, int rank,
                                Viability viability, int shortfall) {
        /** The viability, counting a result saved before viability existed as viable. */
        public Viability fit() {
            return viability == null ? Viability.VIABLE : viability;
        }
    }

    /** A pathway's highest scores over all scenarios, with the scenario that gave each. */
    public record WorstCase(String pathway, double contractual, String contractualScenario, double availability,
                            String availabilityScenario, double overall, String overallScenario) {
    }
}
