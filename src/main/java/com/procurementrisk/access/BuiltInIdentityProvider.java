package com.procurementrisk.access;

import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs in with a built-in account (the sign-in form): the roles of the identity are the roles
 * the account holds in any workspace (and {@link InstanceAdmin#ROLE} for an instance administrator), and the attribute {@code workspaces} maps each workspace
 * to the account's role in it.
 */
@ApplicationScoped
public class BuiltInIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The identity attribute holding workspace name to {@link Role}. */
    public static final String WORKSPACES = "workspaces";

    private final Accounts accounts;
    private final AuditLog audit;

    private final boolean singleSignOn;

    BuiltInIdentityProvider(Accounts accounts, AuditLog audit, AdvisorConfig config) {
        this.accounts = accounts;
        this.audit = audit;
        this.singleSignOn = config.access().oidc().enabled();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? null
                : http.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> {
            if (singleSignOn) {
                audit.signIn(request.getUsername(), false, address, "built-in passwords are off: single sign-on");
                throw new AuthenticationFailedException();
            }
            var user = accounts.signIn(request.getUsername(), new String(request.getPassword().getPassword()));
            audit.signIn(request.getUsername(), user.isPresent(), address);
            return user.map(BuiltInIdentityProvider::identity).orElseThrow(AuthenticationFailedException::new);
        });
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
