package com.procurementrisk.api;

import com.procurementrisk.models.ModelVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A model version as the API shows it. */
@Schema(name = "ModelVersion", description = "A risk model version: shipped with the application or uploaded, and its status")
public record ModelVersionResponse(
        @Schema(example = "2026.12.0") String version,
        @Schema(example = "openai-procurement") String modelId,
        String title,
        @Schema(description = "The date of the newest fact the model relies on") LocalDate asOf,
        @Schema(enumeration = {"built-in", "uploaded"}) String source,
        @Schema(enumeration = {"active", "draft", "retired", "available"},
                description = "active: in force; draft: uploaded, never active; retired: active before; available: shipped, never active")
        String status,
        @Schema(description = "Whether this version is in force") boolean active,
        @Schema(description = "Who uploaded it (null for a shipped version)") String uploadedBy,
        OffsetDateTime uploadedAt,
        @Schema(description = "Who activated it last (null if never activated)") String activatedBy,
        OffsetDateTime activatedAt) {

    static ModelVersionResponse of(ModelVersion v) {
        return new ModelVersionResponse(v.version(), v.modelId(), v.title(), v.asOf(), v.source(), v.status(),
                v.active(), v.uploadedBy(), v.uploadedAt(), v.activatedBy(), v.activatedAt());
    }
}
