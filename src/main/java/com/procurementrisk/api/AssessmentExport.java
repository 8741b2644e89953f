package com.procurementrisk.api;

import com.procurementrisk.scoring.ScoringResult;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A saved assessment with every revision, as JSON that imports back into an identical
 * assessment (POST /api/v1/assessments/imports).
 */
@Schema(name = "AssessmentExport", description = "A saved assessment with every revision, for archiving or moving to another instance.")
public record AssessmentExport(
        @Schema(description = "Always " + AssessmentExport.FORMAT) String format,
        String title,
        OffsetDateTime exported,
        @Schema(description = "Oldest first") List<Revision> revisions) {

    public static final String FORMAT = "procurement-risk-advisor/assessment-export@1";

    /** One revision with the result exactly as it was scored. */
    @Schema(name = "ExportedRevision", description = "One revision of an exported assessment: its answers, scenario, model version and stored result.")
    public record Revision(int revision, OffsetDateTime created, String modelVersion, String scenario, String note,
                           Map<String, Object> answers,
                           @Schema(type = SchemaType.OBJECT, implementation = Object.class,
                                   description = "The scoring result exactly as stored; import it back unchanged")
                           ScoringResult result) {
    }
}
