package com.procurementrisk.assessment;

/** A save based on an assessment version that someone else has changed since. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
