package com.procurementrisk.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request carrying the session cookie of a built-in account (its value, never logged). */
final class SessionRequest extends BaseAuthenticationRequest {

    private final String cookie;

    SessionRequest(String cookie) {
        this.cookie = cookie;
    }

    String cookie() {
        return cookie;
    }
}
