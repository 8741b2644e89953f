package com.procurementrisk.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem: the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record ProblemDetail(
        @Schema(description = "URI reference identifying the problem type", example = "/problems/invalid-input")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid input") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Every invalid field, for input errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    @Schema(name = "FieldError", description = "One answer or field that was rejected, and why.")
    public record FieldError(
            @Schema(description = "Path of the field", example = "answers.estate.clouds") String field,
            @Schema(description = "Why it was refused") String message) {
    }
}
