package com.procurementrisk.limits;

/** The server is at its limit for this kind of work: answered 503 with Retry-After. */
public class ServerBusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public ServerBusyException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds after which the request may be sent again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
