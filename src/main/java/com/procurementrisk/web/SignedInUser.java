package com.procurementrisk.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is signed in, for the page header ({@code inject:user} in templates). */
@Named("user")
@RequestScoped
public class SignedInUser {

    private final SecurityIdentity identity;

    SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** Whether the user administers accounts, model versions and the audit log. */
    public boolean admin() {
        return identity.hasRole("admin");
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
