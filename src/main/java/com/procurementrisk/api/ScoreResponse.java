package com.procurementrisk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The scores of every pathway, explained, with recommendations and every scenario. */
@Schema(name = "ScoreResponse", description = "The scores of every procurement pathway for one set of answers, with the decision, the explanation of every score and the recommendations.")
public record ScoreResponse(
        String modelId,
        String modelVersion,
        @Schema(description = "Date of the newest fact the model relies on") LocalDate asOf,
        @Schema(description = "The scenario the detailed scores are for") String scenario,
        @Schema(description = "Answered questions that do not apply to these answers and were left out")
        List<String> ignoredAnswers,
        @Schema(description = "The pathways, best (lowest risk) first") List<PathwayScore> pathways,
        @Schema(description = "Recommendations that apply, most urgent first") List<RecommendationView> recommendations,
        @Schema(description = "Every pathway's scores under every scenario of the model") List<ScenarioView> scenarios,
        @Schema(description = "Probability-weighted scores over all scenarios, best first") List<ScenarioPathway> expected,
        @Schema(description = "Each pathway's highest scores over all scenarios") List<WorstCaseView> worstCase,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What would change the ranking; only when the request includes \"sensitivity\"")
        SensitivityView sensitivity,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Analyses asked for in include that this version does not offer yet")
        List<String> unavailableAnalyses) {

    /**
     * The serialisation views: without a view (the default) every field is written; the
     * {@link Summary} view (request {@code "detail": "summary"}) leaves out the fields marked
     * {@link Explanation}.
     */
    public interface Summary {
    }

    /** Fields that explain a score rather than state it: absent from the summary. */
    public interface Explanation {
    }

    /** The same response, noting analyses that were asked for but are not offered. */
    public ScoreResponse withUnavailable(List<String> analyses) {
        return new ScoreResponse(modelId, modelVersion, asOf, scenario, ignoredAnswers, pathways, recommendations,
                scenarios, expected, worstCase, sensitivity, analyses);
    }

    @Schema(name = "Sensitivity", description = "What would change the decision: single answer changes and scenarios that reorder the pathways.")
    public record SensitivityView(
            @Schema(description = "Single answer changes that reorder the pathways, those changing the best first")
            List<ChangeView> answerChanges,
            @Schema(description = "Scenarios under which the pathways rank differently") List<ChangeView> scenarioChanges,
            @Schema(description = "When no answer reorders the pathways: the changes that come closest")
            List<ChangeView> closest) {
    }

    @Schema(name = "Change", description = "One answer or scenario change and the pathway order it would lead to.")
    public record ChangeView(
            @Schema(description = "The question changed; absent for a scenario change") String question,
            @Schema(description = "The current answer, or the current scenario") Object from,
            @Schema(description = "The alternative answer, or the other scenario") Object to,
            @Schema(description = "The pathways in the new order, best first") List<String> ranking,
            @Schema(description = "Whether a different pathway would come first") boolean topChanges,
            @Schema(description = "Overall points by which the currently best pathway would lead the second")
            double lead) {
    }

    @Schema(name = "PathwayScore", description = "Contractual and availability risk of one procurement pathway, its viability and product coverage, and the factors behind each score.")
    public record PathwayScore(
            @Schema(description = "A pathway id: azure_api, aws_frontier, multi_cloud, openai_direct; accept any "
                    + "other a later model adds", examples = "azure_api") String pathway,
            String title,
            @Schema(description = "1 = recommended: viable before partial before not viable, then lowest overall risk")
            int rank,
            @Schema(description = "Whether the pathway can deliver what was asked, decided before the scores")
            ViabilityView viability,
            @Schema(description = "What the pathway sells of each product the buyer asked for")
            List<CoverageView> coverage,
            DimensionScore contractual,
            DimensionScore availability,
            BandedScore overall) {
    }

    @Schema(name = "Viability", description = "Whether the pathway can deliver what the buyer asked for at all (viable, partial, not_viable) and why.")
    public record ViabilityView(
            @Schema(enumeration = {"viable", "partial", "not_viable"}) String status,
            @Schema(description = "Why the pathway is restricted or ruled out; empty when viable") List<ReasonView> reasons) {
    }

    @Schema(name = "ViabilityReason", description = "One reason a pathway is partial or not viable, with its sources.")
    public record ReasonView(
            @Schema(description = "product_unavailable, product_in_preview, or the id of a constraint of the model")
            String code,
            @Schema(description = "The requested products concerned; empty when the whole pathway is") List<String> products,
            String message,
            @JsonView(Explanation.class) @Schema(description = "Left out when the request asks for detail summary")
            List<SourceView> sources) {
    }

    @Schema(name = "Coverage", description = "Whether the pathway can deliver one requested product, with the status, the note and its sources.")
    public record CoverageView(
            @Schema(description = "A choice of products.intended") String product,
            @Schema(enumeration = {"available", "preview", "unavailable"}) String status,
            String note,
            @Schema(description = "Pathways that sell the product instead, when this one does not") List<String> insteadVia,
            @JsonView(Explanation.class) @Schema(description = "Left out when the request asks for detail summary")
            List<SourceView> sources) {
    }

    @Schema(name = "DimensionScore", description = "A 0-100 score; its factors' contributions add up to it.")
    public record DimensionScore(
            @Schema(minimum = "0", maximum = "100") double score,
            @Schema(enumeration = {"low", "moderate", "high", "critical"}) String band,
            @Schema(description = "Every factor of this dimension on this pathway, largest first") List<FactorView> factors) {
    }

    @Schema(name = "BandedScore", description = "A risk score from 0 (no risk) to 100 with its band (low, medium, high).")
    public record BandedScore(
            @Schema(minimum = "0", maximum = "100") double score,
            @Schema(enumeration = {"low", "moderate", "high", "critical"}) String band) {
    }

    @Schema(name = "FactorContribution", description = "One risk factor's contribution to a score: the points, the answers that caused it and its sources.")
    public record FactorView(
            String id,
            String title,
            @Schema(description = "Points this factor adds to the score") double contribution,
            @Schema(description = "The most this factor can add on this pathway") double max,
            @Schema(description = "What every buyer carries on this pathway as of the model date") double base,
            @JsonView(Explanation.class) @Schema(description = "Why the factor scores as it does; left out when the "
                    + "request asks for detail summary") String rationale,
            @JsonView(Explanation.class) @Schema(description = "The answers that moved this factor from its base; left "
                    + "out when the request asks for detail summary") List<AnswerEffectView> movedBy,
            @Schema(description = "Points added (or, when negative, removed) by the scenario") double scenarioAdjustment,
            @JsonView(Explanation.class) @Schema(description = "Left out when the request asks for detail summary")
            List<SourceView> sources,
            @Schema(description = "Whether the factor concerns this buyer on this pathway; when false it adds nothing")
            boolean applies) {
    }

    @Schema(name = "AnswerEffect", description = "One answer and how much it moved a factor.")
    public record AnswerEffectView(
            @Schema(description = "Question id to the buyer's answer (null if unanswered)") Map<String, Object> answers,
            double points,
            String because) {
    }

    @Schema(name = "Source", description = "A primary, dated source: who published it, when, when it was read and where.")
    public record SourceView(
            String id,
            String title,
            @Schema(description = "The document itself (for a primary source, the primary document)") String url,
            @Schema(description = "Publication date; for an undated page, the date it was read (published is then null)")
            LocalDate date,
            String publisher,
            @Schema(enumeration = {"primary", "secondary", "commentary"},
                    description = "primary: the vendor, regulator, court or filing itself; secondary: press; "
                            + "commentary: analysis") String kind,
            @Schema(nullable = true, description = "Publication date, when the document carries one; null otherwise") LocalDate published,
            @Schema(description = "When the source was read") LocalDate accessed,
            @Schema(nullable = true, description = "The copy actually read, when url is a primary document read "
                    + "through a copy; null when the document itself was read") String readVia,
            @Schema(enumeration = {"confirmed", "reported", "commentary"},
                    description = "confirmed only for primary sources") String confidence) {
    }

    @Schema(name = "Recommendation", description = "A prioritised action: who to ask, what to ask for, the fallback and why, with sources.")
    public record RecommendationView(
            String id,
            @Schema(description = "A pathway id, or 'all' for advice that applies to every pathway") String pathway,
            @Schema(description = "1 (act now) to 5 (good practice)", minimum = "1", maximum = "5") int priority,
            String title,
            String detail,
            @Schema(description = "The factors this advice mitigates") List<String> factors,
            @Schema(enumeration = {"microsoft", "aws", "openai", "internal"},
                    description = "Who to negotiate with (internal: your own teams)") String counterparty,
            @Schema(description = "The position to open with") String ask,
            @Schema(description = "The least to settle for") String fallback,
            @Schema(description = "What it protects against") String why) {
    }

    @Schema(name = "ScenarioScores", description = "The scores of every pathway under one alternative scenario.")
    public record ScenarioView(
            String scenario,
            String title,
            double probability,
            @JsonProperty("default") boolean isDefault,
            List<ScenarioPathway> pathways) {
    }

    @Schema(name = "ScenarioPathwayScores", description = "One pathway's scores under an alternative scenario.")
    public record ScenarioPathway(String pathway, double contractual, double availability, double overall, int rank,
                                  @Schema(enumeration = {"viable", "partial", "not_viable"}) String viability) {
    }

    @Schema(name = "WorstCase", description = "The worst score each pathway reaches across all scenarios, and the scenario that causes it.")
    public record WorstCaseView(String pathway, double contractual, String contractualScenario, double availability,
                                String availabilityScenario, double overall, String overallScenario) {
    }
}
