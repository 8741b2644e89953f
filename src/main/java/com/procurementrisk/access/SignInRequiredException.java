package com.procurementrisk.access;

/** What was asked needs a signed-in user (answered as 401, or the sign-in page in a browser). */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException(String message) {
        super(message);
    }
}
