package com.procurementrisk.api;

import com.procurementrisk.assessment.Rescore;
import com.procurementrisk.assessment.Rescoring;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Map;
import java.util.UUID;

/** Re-scores a saved assessment under the model in force, as its next revision. */
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class RescoreResource {

    private final Rescoring rescoring;

    RescoreResource(Rescoring rescoring) {
        this.rescoring = rescoring;
    }

    /** A re-score request: the version it is based on, and optionally changed answers. */
    @Schema(name = "RescoreRequest", description = "A re-score of a saved assessment under the model in force: the revision it starts from and, optionally, changed answers or another scenario.")
    public record RescoreRequest(
            @NotNull(message = "Required: the version of the assessment the re-score is based on.")
            @Schema(required = true) Long version,
            Map<String, Object> answers, String scenario) {
    }

    @Schema(name = "Rescore", description = "The new revision saved by a re-score, and what the model change and the answer changes each changed.")
    public record RescoreResponse(AssessmentResponse assessment, String previousModelVersion,
                                  @Schema(description = "What the current model changed for the same answers")
                                  DiffView modelChanges,
                                  @Schema(description = "What the changed answers changed, under the current model")
                                  DiffView answerChanges) {
    }

    @POST
    @Path("/assessments/{id}/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-score under the current model version and save as the next revision",
            description = "The difference is split into what the new model changed for the same answers and what "
                    + "changed answers (if given) changed under the new model.")
    public RescoreResponse rescore(@RestPath UUID id,
                                   @Valid @NotNull(message = "Required: a JSON object with the version.") RescoreRequest request) {
        Rescore r = rescoring.rescore(id, request.version(), request.answers(), request.scenario());
        return new RescoreResponse(SavedAssessmentsResource.view(r.assessment(), true), r.previousModelVersion(),
                DiffView.of(r.modelChanges()), DiffView.of(r.answerChanges()));
    }
}
