package com.procurementrisk.web;

import com.procurementrisk.access.AccountIdentity;
import com.procurementrisk.access.InstanceAdmin;
import com.procurementrisk.access.Role;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is signed in, for the page header ({@code inject:user} in templates). The error page is also
 * rendered for requests refused before any resource: outside a request context (an address too
 * long, a malformed header) or on the I/O thread before the caller's identity was looked up (a
 * malformed sign-in form). There the header shows only an identity already established, or
 * nobody, instead of the page failing.
 */
@Named("user")
@ApplicationScoped
public class SignedInUser {

    private static final SecurityIdentity NOBODY = QuarkusSecurityIdentity.builder().setAnonymous(true)
            .setPrincipal(new QuarkusPrincipal("")).build();

    private final SecurityIdentity current;
    private final CurrentVertxRequest request;

    SignedInUser(SecurityIdentity current, CurrentVertxRequest request) {
        this.current = current;
        this.request = request;
    }

    /** The request's identity, as far as it can be known without blocking. */
    private SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return NOBODY;
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            return current;
        }
        RoutingContext routing = request.getCurrent();
        return routing != null && routing.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : NOBODY;
    }

    public boolean signedIn() {
        return !identity().isAnonymous();
    }

    /** Whether the user administers a workspace (its members and audit entries) or the whole instance. */
    public boolean admin() {
        return identity().hasRole(Role.ADMIN.id()) || instanceAdmin();
    }

    /** Whether the user administers the whole instance: every account, the model versions, the whole audit log. */
    public boolean instanceAdmin() {
        return identity().hasRole(InstanceAdmin.ROLE);
    }

    public String name() {
        return identity().isAnonymous() ? "" : identity().getPrincipal().getName();
    }

    /** The user's workspaces and role in each, e.g. "Default (admin)", or "no workspace". */
    public String workspaces() {
        Map<String, Role> workspaces = identity().isAnonymous() ? null
                : identity().getAttribute(AccountIdentity.WORKSPACES);
        if (workspaces == null || workspaces.isEmpty()) {
            return "no workspace";
        }
        return workspaces.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue().id() + ")").collect(Collectors.joining(", "));
    }

    /** The workspaces the user may save new assessments in, by name. */
    public java.util.List<String> editableWorkspaces() {
        Map<String, Role> workspaces = identity().isAnonymous() ? null
                : identity().getAttribute(AccountIdentity.WORKSPACES);
        return workspaces == null ? java.util.List.of() : workspaces.entrySet().stream()
                .filter(e -> e.getValue().includes(Role.EDITOR)).map(Map.Entry::getKey)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Whether the user signed in with a built-in account (who then has personal API tokens). */
    public boolean builtIn() {
        return !identity().isAnonymous() && !(identity().getPrincipal() instanceof JsonWebToken);
    }
}
