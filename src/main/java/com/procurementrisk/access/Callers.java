package com.procurementrisk.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller of the current request, from the signed-in identity, whose roles the identity
 * providers read from the database for this request. (Identities from elsewhere will bring
 * their workspaces as claims.)
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

    /**
     * The roles the identity providers put on the identity (workspace name to role), with the
     * workspaces' ids read in one query; an identity without them is looked up by name.
     */
    private Caller resolve(String name) {
        Map<String, Role> byName = identity.getAttribute(AccountIdentity.WORKSPACES);
        if (byName == null) {
            byName = accounts.current(name).map(SignedIn::workspaces).orElse(Map.of());
        }
        Map<java.util.UUID, Role> roles = new LinkedHashMap<>();
        Map<java.util.UUID, String> names = new LinkedHashMap<>();
        if (!byName.isEmpty()) {
            Map<String, Role> named = byName;
            WorkspaceEntity.<WorkspaceEntity>list("name in ?1", named.keySet()).forEach(w -> {
                roles.put(w.id, named.get(w.name));
                names.put(w.id, w.name);
            });
        }
        return new Caller(name, roles, names);
    }
}
