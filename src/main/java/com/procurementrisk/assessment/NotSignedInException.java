package com.procurementrisk.assessment;

/** Saved assessments are for signed-in users (answered as 401, or the sign-in page in a browser). */
public class NotSignedInException extends com.procurementrisk.access.SignInRequiredException {

    public NotSignedInException() {
        super("Sign in to see and save assessments.");
    }
}
