package com.procurementrisk.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The identity of a built-in account (signed in by its session, or calling with a personal API
 * token): the roles of the identity are the roles the account holds in any workspace (and
 * {@link InstanceAdmin#ROLE} for an instance administrator), and the
 * attribute {@code workspaces} maps each workspace to the account's role in it. (The password
 * itself is checked by the sign-in form, {@code web/SignInForm}, outside Quarkus' providers.)
 */
public final class AccountIdentity {

    /** The identity attribute holding workspace name to {@link Role}. */
    public static final String WORKSPACES = "workspaces";

    private AccountIdentity() {
    }

    static SecurityIdentity identity(SignedIn user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addAttribute(WORKSPACES, user.workspaces());
        if (user.instanceAdmin()) {
            builder.addRole(InstanceAdmin.ROLE);
        }
        user.workspaces().values().forEach(role -> {
            for (Role r : Role.values()) {
                if (role.includes(r)) {
                    builder.addRole(r.id());
                }
            }
        });
        return builder.build();
    }
}
