package com.procurementrisk.assessment;

/** No assessment, revision or share link answers to what was asked for (answered as a 404 at the edge). */
public class UnknownAssessmentException extends RuntimeException {

    public UnknownAssessmentException(String message) {
        super(message);
    }
}
