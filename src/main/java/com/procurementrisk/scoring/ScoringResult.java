package com.procurementrisk.scoring;

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

    /** The pathway ids in rank order. */
    public List<String> ranking() {
        return pathways.stream().map(PathwayResult::pathway).toList();
    }

    /** One pathway scored in full, with every contribution explained. */
    public record PathwayResult(String pathway, String title, int rank, DimensionResult contractual,
                                DimensionResult availability, Scored overall) {
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
     */
    public record Contribution(String id, String title, double contribution, double max, double base,
                               String rationale, List<AnswerEffect> movedBy, double scenarioAdjustment,
                               List<com.procurementrisk.scoring.model.Source> sources) {
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

    /** A recommendation that fired. {@code pathway} may be {@code all}. */
    public record FiredRecommendation(String id, String pathway, int priority, String title, String detail,
                                      List<String> factors) {
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

    /** One pathway's scores in a summary table. */
    public record PathwayScores(String pathway, double contractual, double availability, double overall, int rank) {
    }

    /** A pathway's highest scores over all scenarios, with the scenario that gave each. */
    public record WorstCase(String pathway, double contractual, String contractualScenario, double availability,
                            String availabilityScenario, double overall, String overallScenario) {
    }
}
