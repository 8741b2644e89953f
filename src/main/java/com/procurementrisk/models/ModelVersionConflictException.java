package com.procurementrisk.models;

/**
 * An upload whose version already exists with a different text: a version is never changed,
 * so a changed model needs a new version number.
 */
public class ModelVersionConflictException extends RuntimeException {

    private final String version;

    public ModelVersionConflictException(String version) {
        super("Model version " + version + " already exists with a different text. A version never changes "
                + "once published: give the changed model a new version (model.version) and upload it again.");
        this.version = version;
    }

    public String version() {
        return version;
    }
}
