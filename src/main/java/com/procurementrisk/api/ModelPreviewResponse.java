package com.procurementrisk.api;

import com.procurementrisk.assessment.Preview;
import com.procurementrisk.problem.ProblemDetail;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A preview of a model version on a saved assessment. */
@Schema(name = "ModelPreview", description = "What a saved assessment would become under a model version; nothing is saved")
public record ModelPreviewResponse(
        UUID assessment, String title, int revision,
        @Schema(description = "The model version the assessment was saved under") String savedModelVersion,
        @Schema(description = "The version previewed") String modelVersion,
        @Schema(description = "The scenario of the preview: the saved one, or the version's default when it has no such scenario")
        String scenario,
        @Schema(description = "What differs from the saved result (null when the answers were refused)") DiffView changes,
        @Schema(description = "Answers this version refuses (empty when it scored them)") List<ProblemDetail.FieldError> refused) {

    static ModelPreviewResponse of(Preview p) {
        return new ModelPreviewResponse(p.assessment().id(), p.assessment().title(), p.assessment().revision(),
                p.assessment().modelVersion(), p.modelVersion(), p.scenario(),
                p.changes() == null ? null : DiffView.of(p.changes()),
                p.refused().stream().map(f -> new ProblemDetail.FieldError(f.field(), f.message())).toList());
    }
}
