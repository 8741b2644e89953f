package com.procurementrisk.api;

import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.Comparisons;
import com.procurementrisk.assessment.Rescoring;
import com.procurementrisk.assessment.Comparison;
import com.procurementrisk.assessment.InputChange;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.assessment.Rescore;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.ScoringResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Re-score, compare, export and import saved assessments. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentToolsResource {

    private final SavedAssessments assessments;

    private final Rescoring rescoring;

    private final Comparisons comparisons;

    AssessmentToolsResource(SavedAssessments assessments, Rescoring rescoring, Comparisons comparisons) {

        this.rescoring = rescoring;

        this.comparisons = comparisons;
        this.assessments = assessments;
    }

    /** A re-score request: the version it is based on, and optionally changed answers. */
    @Schema(name = "RescoreRequest", description = "A re-score of a saved assessment under the model in force: the revision it starts from and, optionally, changed answers or another scenario.")
    public record RescoreRequest(@Schema(required = true) Long version, Map<String, Object> answers, String scenario) {
    }

    @Schema(name = "Rescore", description = "The new revision saved by a re-score, and what the model change and the answer changes each changed.")
    public record RescoreResponse(AssessmentResponse assessment, String previousModelVersion,
                                  @Schema(description = "What the current model changed for the same answers")
                                  DiffView modelChanges,
                                  @Schema(description = "What the changed answers changed, under the current model")
                                  DiffView answerChanges) {
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

    @POST
    @Path("/assessments/{id}/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-score under the current model version and save as the next revision",
            description = "The difference is split into what the new model changed for the same answers and what "
                    + "changed answers (if given) changed under the new model.")
    public RescoreResponse rescore(@RestPath UUID id, RescoreRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version",
                    "Required: the version of the assessment the re-score is based on.")));
        }
        Rescore r = rescoring.rescore(id, request.version(), request.answers(), request.scenario());
        return new RescoreResponse(AssessmentApiResource.view(r.assessment(), true), r.previousModelVersion(),
                DiffView.of(r.modelChanges()), DiffView.of(r.answerChanges()));
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

    @GET
    @Path("/assessments/{id}/export")
    @Operation(summary = "Every revision as JSON that imports back to an identical assessment")
    @APIResponse(responseCode = "200", description = "The export, as an attachment")
    @APIResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response export(@RestPath UUID id) {
        List<SavedAssessment> revisions = assessments.revisions(id);
        AssessmentExport export = new AssessmentExport(AssessmentExport.FORMAT, revisions.get(0).title(),
                OffsetDateTime.now(ZoneOffset.UTC), revisions.stream().map(r -> new AssessmentExport.Revision(
                r.revision(), r.revisionCreated(), r.modelVersion(), r.scenario(), r.note(), r.answers(),
                r.result())).toList());
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"assessment-" + id + ".json\"").build();
    }

    @POST
    @Path("/assessments/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an assessment from an export: same answers, results, notes and revisions")
    public Response importExport(AssessmentExport export, UriInfo uri) {
        checkExport(export);
        List<SavedAssessment> revisions = export.revisions().stream().map(r -> new SavedAssessment(null,
                export.title(), null, null, 0, r.revision(), 0, r.created(), r.result().modelId(),
                r.result().modelVersion(), r.result().scenario(), r.answers(), r.result(), r.note())).toList();
        SavedAssessment saved = assessments.importRevisions(export.title(), revisions);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assessments/{id}").build(saved.id()))
                .entity(AssessmentApiResource.view(saved, true)).build();
    }

    @GET
    @Path("/assessments/{id}/contributions.csv")
    @Produces("text/csv")
    @Operation(summary = "The factor contributions of a revision (latest by default) as CSV")
    @APIResponse(responseCode = "200", description = "One row per factor, pathway and dimension")
    @APIResponse(responseCode = "404", description = "No such assessment or revision", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response csv(@RestPath UUID id, @RestQuery Integer revision) {
        SavedAssessment a = assessments.get(new RevisionRef(id, revision));
        return Response.ok(ContributionsCsv.of(a.result())).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"contributions-" + id + "-r" + a.revision()
                        + ".csv\"").build();
    }

    private static void checkExport(AssessmentExport export) {
        List<FieldProblem> problems = new ArrayList<>();
        if (export == null || !AssessmentExport.FORMAT.equals(export.format())) {
            problems.add(new FieldProblem("format", "Must be " + AssessmentExport.FORMAT + "."));
        }
        if (export == null || export.revisions() == null || export.revisions().isEmpty()) {
            problems.add(new FieldProblem("revisions", "At least one revision is required."));
        } else {
            for (int i = 0; i < export.revisions().size(); i++) {
                AssessmentExport.Revision r = export.revisions().get(i);
                if (r == null || r.answers() == null) {
                    problems.add(new FieldProblem("revisions[" + i + "].answers", "Required."));
                }
                if (r == null || !valid(r.result())) {
                    problems.add(new FieldProblem("revisions[" + i + "].result", "Required: a complete result."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,50}");

    /** A result the pages and the API can show: complete, with plain identifiers. */
    private static boolean valid(ScoringResult result) {
        if (result == null || result.modelId() == null || result.modelVersion() == null || result.scenario() == null
                || result.pathways() == null || result.pathways().isEmpty()
                || !NAME.matcher(result.modelId()).matches() || !NAME.matcher(result.modelVersion()).matches()
                || !NAME.matcher(result.scenario()).matches()) {
            return false;
        }
        try {
            // Everything a reader of this assessment will be shown must be there.
            ApiMapper.score(new com.procurementrisk.advice.ScoredAnswers(
                    com.procurementrisk.scoring.model.Answers.none(), List.of(), result), null);
            return result.pathways().stream().allMatch(p -> p.pathway() != null && p.title() != null);
        } catch (RuntimeException incomplete) {
            return false;
        }
    }

    private static AssessmentResponse.Summary summary(SavedAssessment a) {
        return new AssessmentResponse.Summary(a.id(), a.title(), a.revision(), a.revisionCreated(), a.modelVersion(),
                a.scenario(), a.result().ranking(), a.note());
    }
}
