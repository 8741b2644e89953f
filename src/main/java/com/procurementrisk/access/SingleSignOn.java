package com.procurementrisk.access;

import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.http.ClientAddress;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identities from the OpenID Connect provider (browser sessions and bearer access tokens): their
 * role comes from the provider's role claim ({@code quarkus.oidc.roles.role-claim-path}), their
 * workspaces from the configured workspace claim, and each workspace named there exists here
 * from the first time someone of it signs in. Sign-ins through the provider are audited.
 */
@ApplicationScoped
public class SingleSignOn implements SecurityIdentityAugmentor {

    private final AdvisorConfig.Oidc config;
    private final Accounts accounts;
    private final AuditLog audit;

    SingleSignOn(AdvisorConfig config, Accounts accounts, AuditLog audit) {
        this.config = config.access().oidc();
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!config.enabled() || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<Role> role = highest(identity);
        Map<String, Role> workspaces = workspaces(token, role.orElse(null));
        return context.runBlocking(() -> {
            accounts.ensureWorkspaces(workspaces.keySet());
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(AccountIdentity.WORKSPACES, Map.copyOf(workspaces));
            role.ifPresent(r -> Arrays.stream(Role.values()).filter(r::includes).forEach(i -> builder.addRole(i.id())));
            return builder.build();
        });
    }

    /** After the provider's own role mapping. */
    @Override
    public int priority() {
        return -100;
    }

    /** The highest of viewer, editor and admin among the identity's roles. */
    static Optional<Role> highest(SecurityIdentity identity) {
        Role highest = null;
        for (Role r : Role.values()) {
            if (identity.hasRole(r.id())) {
                highest = r;
            }
        }
        return Optional.ofNullable(highest);
    }

    /**
     * Workspace name to role, from the claim's values that start with the prefix: the rest is the
     * workspace's name, or name{@code /}role to give a role in that workspace alone.
     */
    Map<String, Role> workspaces(JsonWebToken token, Role role) {
        String prefix = config.workspacePrefix().orElse("");
        Map<String, Role> workspaces = new LinkedHashMap<>();
        for (String value : claimValues(token, config.workspaceClaim())) {
            if (!value.startsWith(prefix) || value.length() == prefix.length()) {
                continue;
            }
            String name = value.substring(prefix.length());
            Role given = role;
            int slash = name.lastIndexOf('/');
            if (slash > 0) {
                Optional<Role> own = roleNamed(name.substring(slash + 1));
                if (own.isPresent()) {
                    name = name.substring(0, slash);
                    given = own.get();
                }
            }
            if (given != null && name.length() <= 100) {
                Role was = workspaces.get(name);
                workspaces.put(name, was == null || given.includes(was) ? given : was);
            }
        }
        return workspaces;
    }

    private static Optional<Role> roleNamed(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.id().equals(name)).findFirst();
    }

    /** The string values of a claim (a string, or an array of strings), the path split at {@code /}. */
    static List<String> claimValues(JsonWebToken token, String path) {
        String[] names = path.split("/");
        Object value = token.getClaim(names[0]);
        for (int i = 1; i < names.length && value != null; i++) {
            value = value instanceof JsonObject o ? o.get(names[i]) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            });
        } else if (value instanceof JsonString s) {
            values.add(s.getString());
        } else if (value instanceof String s) {
            values.add(s);
        } else if (value instanceof Iterable<?> items) {
            items.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        } else if (value != null && !(value instanceof JsonValue)) {
            values.add(value.toString());
        }
        return values;
    }

    /** Records a browser sign-in through the provider (bearer tokens are not sign-ins). */
    void signedIn(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN || event.getSecurityIdentity() == null) {
            return;
        }
        String name = event.getSecurityIdentity().getPrincipal().getName();
        RoutingContext http = event.getSecurityIdentity().getAttribute(RoutingContext.class.getName());
        String address = http == null ? null : ClientAddress.of(http);
        Infrastructure.getDefaultWorkerPool().execute(() -> audit.signIn(name, true, address, "single sign-on"));
    }
}
