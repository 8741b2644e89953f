package com.procurementrisk.audit;

import com.procurementrisk.audit.AssessmentEvent;
import com.procurementrisk.http.ClientAddress;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The audit log: sign-ins and failed sign-ins, changes to saved assessments and share links,
 * account changes. Each entry names the workspace it concerns, if any: an administrator of that
 * workspace reads it; entries about the instance are for instance administrators. Entries are only ever added; the actor is the signed-in user (or
 * {@code anonymous}), the address the client's as the server sees it.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what nobody signed in did. */
    public static final String ANONYMOUS = "anonymous";

    private final Instance<SecurityIdentity> identity;
    private final Instance<CurrentVertxRequest> request;

    AuditLog(Instance<SecurityIdentity> identity, Instance<CurrentVertxRequest> request) {
        this.identity = identity;
        this.request = request;
    }

    /** Records a change to an assessment, in the transaction that made it. */
    void assessmentChanged(@Observes AssessmentEvent event) {
        record(actor(), event.action(), event.assessment().toString(), event.detail(), event.workspace());
    }

    /** Records what the current user did to the instance (read by instance administrators only). */
    @Transactional
    public void record(String action, String object, String detail) {
        record(actor(), action, object, detail, null);
    }

    /** Records what the current user did in a workspace (read by its administrators too); null: the instance. */
    @Transactional
    public void record(String action, String object, String detail, UUID workspace) {
        record(actor(), action, object, detail, workspace);
    }

    /** Records a sign-in attempt (the name as typed; it may not exist). */
    @Transactional
    public void signIn(String username, boolean succeeded, String address) {
        signIn(username, succeeded, address, null);
    }

    /** Records a sign-in attempt, saying how (or why it was refused) in the detail. */
    @Transactional
    public void signIn(String username, boolean succeeded, String address, String detail) {
        AuditEventEntity e = entry(cut(username, 100), succeeded ? "sign-in" : "sign-in.failed", null,
                cut(detail, 500));
        e.address = cut(address, 64);
        e.persist();
    }

    /** The newest entries first, at most {@code limit}, of the whole log (for instance administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditFilter filter, int limit) {
        return search(filter, limit, null);
    }

    /**
     * The newest entries first, at most {@code limit}, of these workspaces only (for their
     * administrators), or of the whole log when {@code workspaces} is null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditFilter filter, int limit, Set<UUID> workspaces) {
        if (workspaces != null && workspaces.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (workspaces != null) {
            where.add("workspaceId in :workspaces");
            params.and("workspaces", workspaces);
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("action like :action");
            params.and("action", filter.action().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("actor = :actor");
            params.and("actor", filter.actor().strip());
        }
        if (filter.object() != null && !filter.object().isBlank()) {
            where.add("object = :object");
            params.and("object", filter.object().strip());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            params.and("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.and("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        Sort newest = Sort.descending("at").and("id", Sort.Direction.Descending);
        var query = where.isEmpty() ? AuditEventEntity.<AuditEventEntity>findAll(newest)
                : AuditEventEntity.<AuditEventEntity>find(String.join(" and ", where), newest, params);
        return query.page(Page.ofSize(Math.max(1, limit))).list().stream().map(AuditEntry::of).toList();
    }

    private void record(String actor, String action, String object, String detail, UUID workspace) {
        AuditEventEntity e = entry(actor, action, cut(object, 200), cut(detail, 500));
        e.workspaceId = workspace;
        e.address = cut(address(), 64);
        e.persist();
    }

    private static AuditEventEntity entry(String actor, String action, String object, String detail) {
        AuditEventEntity e = new AuditEventEntity();
        e.at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        e.actor = actor;
        e.action = action;
        e.object = object;
        e.detail = detail;
        return e;
    }

    private String actor() {
        try {
            SecurityIdentity who = identity.get();
            return who.isAnonymous() ? ANONYMOUS : cut(who.getPrincipal().getName(), 100);
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }

    private String address() {
        try {
            RoutingContext context = request.get().getCurrent();
            return context == null ? null : ClientAddress.of(context);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
