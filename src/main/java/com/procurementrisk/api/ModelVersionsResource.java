package com.procurementrisk.api;

import com.procurementrisk.assessment.Preview;
import com.procurementrisk.assessment.Rescoring;
import com.procurementrisk.models.ModelVersion;
import com.procurementrisk.models.ModelVersions;
import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.problem.ProblemResponses;
import io.quarkus.security.UnauthorizedException;
import com.procurementrisk.access.InstanceAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Risk model versions for instance administrators: list, upload (a draft), read, preview on a saved
 * assessment, activate. Everyone else: 403; nobody signed in: 401.
 */
@Path("/api/v1/models")
@RolesAllowed(InstanceAdmin.ROLE)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "session")
@Tag(name = "Model versions", description = "Publish risk model versions without a redeploy (instance administrators only)")
public class ModelVersionsResource {

    static final String YAML = "application/yaml";
    private static final String PROBLEM = ProblemDetail.MEDIA_TYPE;

    private final ModelVersions versions;
    private final Rescoring rescoring;

    ModelVersionsResource(ModelVersions versions, Rescoring rescoring) {
        this.versions = versions;
        this.rescoring = rescoring;
    }

    @GET
    @Operation(summary = "Every model version, newest facts first",
            description = "The versions shipped with the application and the uploaded ones, each with its status "
                    + "(active, draft, retired, available) and who uploaded and last activated it.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelVersionResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public List<ModelVersionResponse> listModelVersions() {
        return versions.list().stream().map(ModelVersionResponse::of).toList();
    }

    @POST
    @Consumes({YAML, "text/yaml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Upload a model version as a draft",
            description = "The body is the model file (YAML, or JSON). It is validated exactly like the models shipped "
                    + "with the application; every problem is listed and nothing is stored. A valid model is stored as "
                    + "a draft, not active. Uploading the same version with the same text again answers 200 with the "
                    + "stored version; the same version with a different text is refused (409): a version never changes.")
    @RequestBody(required = true, description = "The model file, up to advisor.model.max-upload-size (1 MiB by default)",
            content = {@Content(mediaType = YAML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Stored as a draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelVersionResponse.class)))
    @APIResponse(responseCode = "200", description = "This version with this text was already there; nothing new stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelVersionResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The version exists with a different text; nothing stored", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than advisor.model.max-upload-size", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "415", description = "Not YAML or JSON", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The model is invalid: every problem in errors, each with its place in the file; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public Response uploadModelVersion(String text, UriInfo uri) {
        ModelVersions.Upload upload = versions.upload(text);
        URI location = uri.getBaseUriBuilder().path("api/v1/models/{version}").build(upload.version().version());
        return (upload.created() ? Response.created(location) : Response.ok().location(location))
                .entity(ModelVersionResponse.of(upload.version())).build();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One model version")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelVersionResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public ModelVersionResponse modelVersion(@RestPath String version) {
        return ModelVersionResponse.of(versions.get(version));
    }

    @GET
    @Path("{version}/text")
    @Produces({YAML, PROBLEM})
    @Operation(summary = "The model file of a version, exactly as shipped or uploaded")
    @APIResponse(responseCode = "200", description = "The model file",
            content = @Content(mediaType = YAML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public Response modelVersionText(@RestPath String version) {
        return Response.ok(versions.text(version), YAML + "; charset=UTF-8").build();
    }

    @GET
    @Path("{version}/preview")
    @Operation(summary = "What a saved assessment would become under this version",
            description = "Scores the latest revision's answers of the assessment under this version and compares the "
                    + "result with the one saved (the same shape as a re-score's modelChanges). Nothing is saved. "
                    + "Answers this version refuses are listed in refused instead.")
    @APIResponse(responseCode = "200", description = "The differences, or the answers this version refuses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelPreviewResponse.class)))
    @APIResponse(responseCode = "400", description = "No assessment named, or not an assessment id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such version, or no such assessment in your workspaces", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The version no longer passes the checks", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public ModelPreviewResponse previewModelVersion(@RestPath String version,
                                        @Parameter(description = "The saved assessment to preview the version on", required = true)
                                        @RestQuery @NotNull(message = "Required: the id of a saved assessment.") UUID assessment) {
        Preview p = rescoring.preview(assessment, versions.model(version));
        return ModelPreviewResponse.of(p);
    }

    @POST
    @Path("{version}/activation")
    @Operation(summary = "Activate a version: every replica scores with it",
            description = "This replica switches at once, the others within advisor.model.refresh-interval (5 s by "
                    + "default), without a restart. Any earlier version can be activated again (a rollback). A version "
                    + "that does not pass the checks is never activated (422). Activating the active version changes nothing.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelVersionResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not an instance administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The version does not pass the checks; it was not activated", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public ModelVersionResponse activateModelVersion(@RestPath String version) {
        return ModelVersionResponse.of(versions.activate(version));
    }

    /** An API client that is not signed in gets a 401 problem (not the browser's sign-in redirect). */
    @ServerExceptionMapper
    Response notSignedIn(UnauthorizedException e, UriInfo uri) {
        return Response.status(401).type(PROBLEM).header("WWW-Authenticate", "Bearer")
                .entity(new ProblemDetail("about:blank", "Unauthorized", 401, "Sign in as an instance administrator. Send a "
                        + "personal API token as Authorization: Bearer pra_...", ProblemResponses.path(uri), null))
                .build();
    }
}
