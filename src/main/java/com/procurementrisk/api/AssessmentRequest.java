package com.procurementrisk.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Answers to save (a new assessment) or to save as the next revision (with the version they were based on). */
@Schema(name = "AssessmentRequest", example = AssessmentRequest.EXAMPLE)
public record AssessmentRequest(
        @Schema(description = "A name for the assessment (at most 200 characters)", example = "EU claims assistant")
        String title,
        @NotNull(message = "Required: an object of question id to answer.")
        @Schema(required = true, description = "Question id to answer, as in POST /api/v1/score") Map<String, Object> answers,
        @Schema(description = "Scenario id; the model's default when omitted") String scenario,
        @Schema(description = "For a new revision: the assessment version it is based on (409 if it changed since)")
        Long version,
        @Schema(description = "What changed and why (shown in the history)") String note,
        @Schema(description = "For a new assessment: the name of the workspace to save it in, one where you are an "
                + "editor or admin; your first such workspace when omitted. Ignored on a new revision.",
                example = "Default") String workspace) {

    static final String EXAMPLE = """
            {"title": "EU claims assistant", "answers": {"estate.clouds": ["azure"], "estate.primary_cloud": "azure",
             "estate.azure_commitment": "committed_spend", "multicloud.maturity": "none",
             "products.intended": ["stateless_api"], "workload.criticality": "customer_facing",
             "data.residency": "eu", "legal.risk_appetite": "medium", "timeline.go_live_months": 6}}""";
}
