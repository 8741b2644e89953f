package com.procurementrisk.api;

import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.ShareLinks;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Saved assessments: save, read, list, revise, share. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Save assessments, revise them and share read-only links")
public class SavedAssessmentsResource {

    static final int MAX_PAGE_SIZE = 100;
    private static final String SIZE = "Must be a whole number from 1 to " + MAX_PAGE_SIZE + ".";
    private static final String BODY = "Required: a JSON object with 'answers'.";

    private final SavedAssessments assessments;

    private final ShareLinks shareLinks;

    SavedAssessmentsResource(SavedAssessments assessments, ShareLinks shareLinks) {

        this.shareLinks = shareLinks;
        this.assessments = assessments;
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score answers and save them as a new assessment")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class),
            examples = @ExampleObject(name = "eu_insurer", ref = "AssessmentRequest")))
    @APIResponse(responseCode = "201", description = "Saved; Location names the new assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class),
                    examples = @ExampleObject(name = "eu_insurer", ref = "AssessmentResponse")))
    @APIResponse(responseCode = "400", description = "Invalid answers, title or scenario; nothing is saved",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "invalid_answers", ref = "InvalidAnswers")))
    public Response create(@Valid @NotNull(message = BODY) AssessmentRequest request, UriInfo uri) {
        SavedAssessment saved = assessments.create(request.title(), request.answers(), request.scenario(),
                request.note(), request.workspace());
        URI location = uri.getBaseUriBuilder().path("api/v1/assessments/{id}").build(saved.id());
        return Response.created(location).entity(view(saved, true)).build();
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @GET
    @Path("/assessments")
    @Operation(summary = "Saved assessments, most recently changed first")
    @APIResponse(responseCode = "200", description = "One page of saved assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.Page.class),
                    examples = @ExampleObject(name = "first_page", ref = "AssessmentPage")))
    @APIResponse(responseCode = "400", description = "A page or size that is not a number, or out of range", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public AssessmentResponse.Page list(
            @RestQuery @DefaultValue("0") @Min(value = 0, message = "Must be a whole number from 0 to 2147483647.") int page,
            @RestQuery @DefaultValue("20") @Min(value = 1, message = SIZE) @Max(value = MAX_PAGE_SIZE, message = SIZE) int size) {
        SavedAssessment.Page<SavedAssessment.Summary> found = assessments.list(page, size);
        return new AssessmentResponse.Page(found.items().stream().map(SavedAssessmentsResource::summary).toList(),
                found.page(), found.size(), found.total());
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @GET
    @Path("/assessments/{id}")
    @Operation(summary = "A saved assessment at its latest revision")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "200", description = "The assessment at its latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class),
                    examples = @ExampleObject(name = "eu_insurer", ref = "AssessmentResponse")))
    public AssessmentResponse get(@RestPath UUID id) {
        return view(assessments.get(RevisionRef.latest(id)), true);
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @PUT
    @Path("/assessments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save changed answers as the next revision",
            description = "Send the version you read; if the assessment changed since, nothing is saved and the "
                    + "answer is 409.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since that version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "200", description = "Saved as the next revision")
    @APIResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public AssessmentResponse revise(@RestPath UUID id, @Valid @NotNull(message = BODY) AssessmentRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version",
                    "Required: the version of the assessment your change is based on.")));
        }
        return view(assessments.revise(id, request.version(), request.title(), request.answers(), request.scenario(),
                request.note()), true);
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @GET
    @Path("/assessments/{id}/revisions")
    @Operation(summary = "Every revision of an assessment, newest first")
    @APIResponse(responseCode = "200", description = "The revisions, newest first")
    @APIResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public List<AssessmentResponse.Summary> history(@RestPath UUID id) {
        return assessments.history(id).stream().map(SavedAssessmentsResource::summary).toList();
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @GET
    @Path("/assessments/{id}/revisions/{revision}")
    @Operation(summary = "One revision of an assessment, exactly as it was saved")
    @APIResponse(responseCode = "200", description = "The revision as saved")
    @APIResponse(responseCode = "404", description = "No such assessment or revision", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public AssessmentResponse revision(@RestPath UUID id, @RestPath int revision) {
        return view(assessments.get(new RevisionRef(id, revision)), true);
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @POST
    @Path("/assessments/{id}/shares")
    @Operation(summary = "Create a read-only link (a 256-bit random token)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.Share.class)))
    @APIResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "400", description = "A last day that has passed, or is not a date",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response share(@RestPath UUID id, AssessmentResponse.ShareRequest request, UriInfo uri) {
        AssessmentResponse.Share share = share(shareLinks.share(id, request == null ? null : request.expiresOn()));
        return Response.created(uri.getBaseUriBuilder().path(share.path()).build()).entity(share).build();
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @GET
    @Path("/assessments/{id}/shares")
    @Operation(summary = "The read-only links of an assessment, revoked ones included")
    @APIResponse(responseCode = "200", description = "Every read-only link, revoked ones included")
    @APIResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public List<AssessmentResponse.Share> shares(@RestPath UUID id) {
        return shareLinks.shares(id).stream().map(SavedAssessmentsResource::share).toList();
    }

    @SecurityRequirement(name = "personalToken")
    @SecurityRequirement(name = "session")
    @DELETE
    @Path("/assessments/{id}/shares/{token}")
    @Operation(summary = "Revoke a read-only link; it then answers 404")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such assessment or link", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public void revoke(@RestPath UUID id, @RestPath String token) {
        shareLinks.revoke(id, token);
    }

    @GET
    @Path("/shared/{token}")
    @Operation(summary = "The assessment behind a read-only link (without its id, which allows editing)")
    @APIResponse(responseCode = "404", description = "Unknown or revoked link",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "200", description = "The latest revision, without the assessment id")
    public AssessmentResponse shared(@RestPath String token) {
        return shareLinks.shared(token).map(a -> view(a, false)).orElseThrow(NotFoundException::new);
    }

    static AssessmentResponse view(SavedAssessment a, boolean owner) {
        ScoreResponse result = ApiMapper.stored(new ScoredAnswers(
                com.procurementrisk.scoring.model.Answers.none(), List.of(), a.result()));
        return new AssessmentResponse(owner ? a.id() : null, a.title(), a.created(), a.updated(),
                owner ? a.version() : null, a.revision(), a.latest(), a.revisionCreated(), a.modelVersion(),
                a.scenario(), a.note(), owner ? a.workspace() : null, a.answers(), result);
    }

    private static AssessmentResponse.Summary summary(SavedAssessment.Summary s) {
        return new AssessmentResponse.Summary(s.id(), s.title(), s.revision(), s.saved(), s.modelVersion(),
                s.scenario(), s.ranking(), s.note());
    }

    private static AssessmentResponse.Share share(SavedAssessment.Share s) {
        return new AssessmentResponse.Share(s.token(), "shared/" + s.token(), s.created(), s.revoked(), s.expiresOn(),
                s.expired(ShareLinks.today()));
    }
}
