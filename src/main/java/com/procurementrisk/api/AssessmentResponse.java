package com.procurementrisk.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A saved assessment at one revision, with the result exactly as it was scored then. */
@Schema(name = "Assessment", description = "A saved assessment: the buyer's answers, the scenario, the model version and the stored result of its latest revision.")
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record AssessmentResponse(
        @Schema(description = "Absent on a shared (read-only) view") UUID id,
        String title,
        OffsetDateTime created,
        OffsetDateTime updated,
        @Schema(description = "Send it back with a change; a stale version gets 409") Long version,
        @Schema(description = "This revision's number (1 = first save)") int revision,
        @Schema(description = "The latest revision's number") int latestRevision,
        OffsetDateTime revisionCreated,
        String modelVersion,
        String scenario,
        String note,
        @Schema(description = "The workspace it belongs to; absent on a shared (read-only) view", example = "Default")
        String workspace,
        Map<String, Object> answers,
        ScoreResponse result) {

    @Schema(name = "AssessmentSummary", description = "One saved assessment in a list: title, revision, when it was saved, model version, scenario and pathway order.")
    public record Summary(UUID id, String title, int revision, OffsetDateTime saved, String modelVersion,
                          String scenario, @Schema(description = "Pathways best first") List<String> ranking,
                          @Schema(nullable = true, description = "What the revision's author noted about it, if anything")
                          String note) {
    }

    @Schema(name = "AssessmentPage", description = "One page of saved assessments, newest first.")
    public record Page(List<Summary> items, int page, int size, long total) {
    }

    @Schema(name = "ShareLink", description = "A read-only link to a saved assessment; revoked links stop working.")
    public record Share(String token, @Schema(description = "Path of the read-only view") String path,
                        OffsetDateTime created,
                        @Schema(nullable = true, description = "When it was revoked; null while it is not") OffsetDateTime revoked,
                        @Schema(nullable = true, description = "The last day (UTC) it works; null: until revoked",
                                example = "2026-12-31") java.time.LocalDate expiresOn,
                        @Schema(description = "Whether it has passed its last day (it then answers 404)") boolean expired) {
    }

    @Schema(name = "ShareRequest", description = "Options of a new read-only link; the body may be left out.")
    public record ShareRequest(
            @Schema(nullable = true, description = "The last day (UTC) the link works; leave out for a link that "
                    + "works until it is revoked", example = "2026-12-31") java.time.LocalDate expiresOn) {
    }
}
