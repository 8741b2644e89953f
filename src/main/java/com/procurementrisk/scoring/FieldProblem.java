package com.procurementrisk.scoring;

import java.util.Optional;

/**
 * Why one input field was refused.
 *
 * @param field    the field's path, e.g. {@code answers.estate.clouds}
 * @param question the question the field answers, when it answers one (e.g. {@code estate.clouds})
 */
public record FieldProblem(String field, String message, String question) {

    /** Prefix of the path of every field that answers a question. */
    public static final String ANSWERS = "answers.";

    /** A field that is not an answer (a title, a version, a scenario...). */
    public FieldProblem(String field, String message) {
        this(field, message, null);
    }

    /** A refused answer to a question. */
    public static FieldProblem answer(String questionId, String message) {
        return new FieldProblem(ANSWERS + questionId, message, questionId);
    }

    /** The question this field answers, if it answers one. */
    public Optional<String> questionId() {
        return Optional.ofNullable(question);
    }
}
