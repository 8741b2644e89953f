package com.procurementrisk.access;

/**
 * The instance administrator: administers every account, the model versions and the whole audit
 * log, apart from any workspace role (a workspace administrator administers the members, roles
 * and audit entries of that workspace only). Held by built-in accounts as a flag; with single sign-on,
 * by the identity provider's role of this name (or one mapped to it with {@code quarkus.http.auth.roles-mapping}).
 */
public final class InstanceAdmin {

    /** The security role (for {@code @RolesAllowed}) and the provider role that grants it. */
    public static final String ROLE = "instance-admin";

    private InstanceAdmin() {
    }
}
