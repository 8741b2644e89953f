package com.procurementrisk.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller of the current request, from the signed-in identity: a built-in account's roles as
 * they are in the database now. (Identities from elsewhere will bring their workspaces as claims.)
 */
@RequestScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    Accounts accounts;

    private Caller current;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Caller current() {
        if (current == null) {
            current = identity.isAnonymous() ? Caller.ANONYMOUS : resolve(identity.getPrincipal().getName());
        }
        return current;
    }

    private Caller resolve(String name) {
        Map<java.util.UUID, Role> roles = new LinkedHashMap<>();
        accounts.current(name).ifPresent(user -> user.workspaces().forEach((workspace, role) ->
                WorkspaceEntity.named(workspace).ifPresent(w -> roles.put(w.id, role))));
        return new Caller(name, roles);
    }
}
