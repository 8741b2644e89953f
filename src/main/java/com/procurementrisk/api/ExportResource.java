package com.procurementrisk.api;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.problem.ProblemDetail;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Exports: every revision as JSON that imports back to an identical assessment, and factor contributions as CSV. */
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ExportResource {

    private final SavedAssessments assessments;

    ExportResource(SavedAssessments assessments) {
        this.assessments = assessments;
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
                r.result().modelVersion(), r.result().scenario(), r.answers(), r.result(), r.note(), null)).toList();
        SavedAssessment saved = assessments.importRevisions(export.title(), revisions);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assessments/{id}").build(saved.id()))
                .entity(SavedAssessmentsResource.view(saved, true)).build();
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
        } else if (export.revisions().size() > SavedAssessments.MAX_IMPORTED_REVISIONS) {
            problems.add(new FieldProblem("revisions", "At most " + SavedAssessments.MAX_IMPORTED_REVISIONS
                    + " revisions."));
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

    /**
     * A result the JSON API and the CSV can show: complete, with plain identifiers (the service
     * checks the rest, and the pages, before anything is stored).
     */
    private static boolean valid(ScoringResult result) {
        if (result == null || result.modelId() == null || result.modelVersion() == null || result.scenario() == null
                || result.pathways() == null || result.pathways().isEmpty()
                || !NAME.matcher(result.modelId()).matches() || !NAME.matcher(result.modelVersion()).matches()
                || !NAME.matcher(result.scenario()).matches()) {
            return false;
        }
        try {
            // Everything a reader of this assessment will be shown must be there.
            ApiMapper.stored(new com.procurementrisk.advice.ScoredAnswers(
                    com.procurementrisk.scoring.model.Answers.none(), List.of(), result));
            ContributionsCsv.of(result);
            return result.pathways().stream().allMatch(p -> p.pathway() != null && p.title() != null);
        } catch (RuntimeException incomplete) {
            return false;
        }
    }
}
