package com.procurementrisk.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** Answers to score, and optionally the scenario to score them under. */
@Schema(name = "ScoreRequest", description = "Answers to score without saving anything.", example = ScoreRequest.EXAMPLE)
public record ScoreRequest(
        @NotNull(message = "Required: an object of question id to answer.")
        @Schema(required = true, description = "Question id to answer: a choice id (single), a list of choice ids "
                + "(multi), a whole number (integer) or true/false (boolean). See GET /api/v1/questionnaire.")
        Map<String, Object> answers,
        @Schema(description = "Scenario id from GET /api/v1/scenarios; the model's default when omitted.",
                example = "amendment_baseline")
        String scenario,
        @Schema(description = "Costlier analyses to add to the response: \"sensitivity\" (what would change the "
                + "ranking); \"exposure\" is named by the contract but not offered yet (listed in "
                + "unavailableAnalyses). Plain scoring never computes them.", example = "[\"sensitivity\"]")
        List<String> include,
        @Schema(enumeration = {ScoreRequest.FULL, ScoreRequest.SUMMARY}, defaultValue = ScoreRequest.FULL,
                description = "How much of the explanation to send: \"full\" (the default) is the complete "
                        + "response; \"summary\" leaves out every factor's rationale, movedBy and sources and "
                        + "the sources of viability reasons and coverage (about an eighth of the size; the scores, "
                        + "ranks, viability, recommendations and scenarios are the same).", example = "summary")
        String detail) {

    /** The complete response (the default). */
    static final String FULL = "full";
    /** The response without explanations: no rationale, movedBy or sources. */
    static final String SUMMARY = "summary";

    /** Whether the caller asked for the summary. */
    boolean summary() {
        return SUMMARY.equals(detail);
    }

    static final String EXAMPLE = """
            {"answers": {"estate.clouds": ["azure", "aws"], "estate.primary_cloud": "azure",
             "estate.azure_commitment": "committed_spend", "estate.aws_commitment": "pay_as_you_go",
             "multicloud.maturity": "some", "products.intended": ["stateless_api", "frontier_agents"],
             "workload.criticality": "customer_facing", "data.residency": "eu", "data.regulated": ["financial"],
             "legal.risk_appetite": "low", "timeline.go_live_months": 6, "spend.annual_ai_usd": 2000000}}""";
}
