package com.procurementrisk.limits;

import com.procurementrisk.access.SignInRequiredException;
import com.procurementrisk.http.ClientAddress;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/**
 * Spends the request from the caller's buckets before it reaches a resource: scoring (the
 * scoring API, results pages, questionnaire steps, PDF reports) and writes (every other POST, PUT,
 * PATCH, DELETE), and imports to a few at once ({@link ImportSlots}), refusing an anonymous import
 * with 401 before its body is read. Reads are not limited. The address is {@link ClientAddress}'s:
 * behind a trusted proxy (quarkus.http.proxy.*) the one that proxy added, never one the client wrote
 * into its own X-Forwarded-For.
 */
public class RateLimitFilter {

    private static final String IMPORTS = "/api/v1/assessments/imports";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RateLimits limits;
    private final SecurityIdentity identity;
    private final ImportSlots imports;

    RateLimitFilter(RateLimits limits, SecurityIdentity identity, ImportSlots imports) {
        this.limits = limits;
        this.identity = identity;
        this.imports = imports;
    }

    /** Runs before the request's body is read: a refused import is never read into memory. */
    @ServerRequestFilter
    public void limit(ContainerRequestContext request, RoutingContext routing) {
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        RateLimits.Kind kind = kind(method, path);
        if (kind == null) {
            return;
        }
        boolean importing = "POST".equals(method) && path.equals(IMPORTS);
        if (importing && identity.isAnonymous()) {
            // Refused here, before its body (up to advisor.api.max-import-size) is read and parsed.
            throw new SignInRequiredException("Sign in to import an assessment.");
        }
        Optional<String> user = identity.isAnonymous() ? Optional.empty()
                : Optional.of(identity.getPrincipal().getName());
        limits.spend(kind, user, ClientAddress.of(routing));
        if (importing) {
            imports.take(routing);
        }
    }

    /** What the request spends, or null when it is not limited. */
    static RateLimits.Kind kind(String method, String path) {
        boolean write = WRITES.contains(method);
        boolean get = "GET".equals(method);
        // A PDF report (of a saved assessment, a revision or a share link) is rendered on every request:
        // it costs more than a scoring, so it counts as one.
        if ((write && path.equals("/api/v1/score")) || (write && path.startsWith("/assess/"))
                || (get && (path.equals("/results") || path.endsWith("/report.pdf")))) {
            return RateLimits.Kind.SCORING;
        }
        return write ? RateLimits.Kind.WRITE : null;
    }
}
