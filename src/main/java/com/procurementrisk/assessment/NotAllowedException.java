package com.procurementrisk.assessment;

/** The caller sees the assessment but their role does not allow the change (answered as 403). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
