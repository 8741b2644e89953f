package com.procurementrisk.scoring;

/**
 * Why one input field was refused.
 *
 * @param field the field's path, e.g. {@code answers.estate.clouds}
 */
public record FieldProblem(String field, String message) {
}
