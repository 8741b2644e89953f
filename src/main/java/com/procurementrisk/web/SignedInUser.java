package com.procurementrisk.web;

import com.procurementrisk.access.BuiltInIdentityProvider;
import com.procurementrisk.access.InstanceAdmin;
import com.procurementrisk.access.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.stream.Collectors;

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

    /** Whether the user administers a workspace (its members and audit entries) or the whole instance. */
    public boolean admin() {
        return identity.hasRole(Role.ADMIN.id()) || instanceAdmin();
    }

    /** Whether the user administers the whole instance: every account, the model versions, the whole audit log. */
    public boolean instanceAdmin() {
        return identity.hasRole(InstanceAdmin.ROLE);
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The user's workspaces and role in each, e.g. "Default (admin)", or "no workspace". */
    public String workspaces() {
        Map<String, Role> workspaces = identity.isAnonymous() ? null
                : identity.getAttribute(BuiltInIdentityProvider.WORKSPACES);
        if (workspaces == null || workspaces.isEmpty()) {
            return "no workspace";
        }
        return workspaces.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue().id() + ")").collect(Collectors.joining(", "));
    }

    /** The workspaces the user may save new assessments in, by name. */
    public java.util.List<String> editableWorkspaces() {
        Map<String, Role> workspaces = identity.isAnonymous() ? null
                : identity.getAttribute(BuiltInIdentityProvider.WORKSPACES);
        return workspaces == null ? java.util.List.of() : workspaces.entrySet().stream()
                .filter(e -> e.getValue().includes(Role.EDITOR)).map(Map.Entry::getKey)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Whether the user signed in with a built-in account (who then has personal API tokens). */
    public boolean builtIn() {
        return !identity.isAnonymous() && !(identity.getPrincipal() instanceof JsonWebToken);
    }
}
