package com.procurementrisk.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs in with a built-in account (the sign-in form): the roles of the identity are the roles
 * the account holds in any workspace, and the attribute {@code workspaces} maps each workspace
 * to the account's role in it.
 */
@ApplicationScoped
public class BuiltInIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The identity attribute holding workspace name to {@link Role}. */
    public static final String WORKSPACES = "workspaces";

    private final Accounts accounts;

    BuiltInIdentityProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.signIn(request.getUsername(),
                        new String(request.getPassword().getPassword()))
                .map(BuiltInIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    static SecurityIdentity identity(SignedIn user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addAttribute(WORKSPACES, user.workspaces());
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
