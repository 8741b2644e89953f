package com.procurementrisk.models;

/** No model version of this name, shipped or uploaded. */
public class UnknownModelVersionException extends RuntimeException {

    public UnknownModelVersionException(String version) {
        super("There is no model version '" + version + "'.");
    }
}
