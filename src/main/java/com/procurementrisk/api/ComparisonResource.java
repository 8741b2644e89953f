package com.procurementrisk.api;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.assessment.Comparison;
import com.procurementrisk.assessment.Comparisons;
import com.procurementrisk.assessment.InputChange;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.scoring.FieldProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Two saved assessments or revisions side by side: the inputs and the results that differ. */
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ComparisonResource {

    private final Comparisons comparisons;

    ComparisonResource(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Schema(name = "Comparison", description = "Two assessments or revisions side by side and what differs between them: answers, scenario, model and scores.")
    public record ComparisonResponse(AssessmentResponse.Summary left, AssessmentResponse.Summary right,
                                     @Schema(description = "The inputs that differ: model version, scenario and "
                                             + "answers, in that order; empty when both sides were scored from the "
                                             + "same inputs")
                                     List<InputDiff> inputs,
                                     DiffView diff) {
    }

    @Schema(name = "InputChange", description = "One input that differs between the two sides.")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record InputDiff(
            @Schema(description = "What changed", enumeration = {"model_version", "scenario", "answer"},
                    example = "answer") String kind,
            @Schema(description = "The question id, for an answer; absent otherwise", example = "data.residency")
            String question,
            @Schema(description = "The left side's value (a model version, scenario id or answer); absent when "
                    + "that side has none", example = "eu") Object left,
            @Schema(description = "The right side's value; absent when that side has none", example = "none")
            Object right) {

        static InputDiff of(InputChange change) {
            return new InputDiff(change.kind().name().toLowerCase(java.util.Locale.ROOT), change.key(),
                    change.left(), change.right());
        }
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Two assessments or revisions side by side",
            description = "left and right are an assessment id, optionally followed by :revision (latest otherwise).")
    @APIResponse(responseCode = "200", description = "What differs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonResponse.class),
                    examples = @ExampleObject(name = "residency_dropped", ref = "Comparison")))
    @APIResponse(responseCode = "400", description = "A reference that is not id or id:revision", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such assessment or revision", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ComparisonResponse compare(@RestQuery String left, @RestQuery String right) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<RevisionRef> l = RevisionRef.parse(left);
        Optional<RevisionRef> r = RevisionRef.parse(right);
        String expected = "Required: an assessment id, optionally followed by :revision.";
        if (l.isEmpty()) {
            problems.add(new FieldProblem("left", expected));
        }
        if (r.isEmpty()) {
            problems.add(new FieldProblem("right", expected));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Comparison c = comparisons.compare(l.get(), r.get());
        return new ComparisonResponse(summary(c.left()), summary(c.right()),
                c.inputs().stream().map(InputDiff::of).toList(), DiffView.of(c.diff()));
    }

    private static AssessmentResponse.Summary summary(SavedAssessment a) {
        return new AssessmentResponse.Summary(a.id(), a.title(), a.revision(), a.revisionCreated(), a.modelVersion(),
                a.scenario(), a.result().ranking(), a.note());
    }
}
