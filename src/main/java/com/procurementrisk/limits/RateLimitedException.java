package com.procurementrisk.limits;

/** Too many requests of one kind from one user or one address; answered 429 with Retry-After. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the next such request is allowed (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
