package com.procurementrisk.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * A database outage met before a request reaches a resource (the signed-in session's account is
 * read from the database on every request, by the security layer) is answered like one met inside
 * it: 503 with Retry-After, problem+json or the error page. Every other failure goes on to
 * Quarkus' own handling.
 */
@ApplicationScoped
public class OutageFailures {

    private final ProblemResponses responses;
    private final ObjectMapper json;
    private final long retryAfter;

    OutageFailures(ProblemResponses responses, ObjectMapper json, AdvisorConfig config) {
        this.responses = responses;
        this.json = json;
        this.retryAfter = Math.max(1, config.outage().retryAfter().toSeconds());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Optional<DatabaseOutage.Kind> outage = DatabaseOutage.kind(ctx.failure());
        if (ctx.response().headWritten() || outage.isEmpty()) {
            ctx.next();
            return;
        }
        String path = ctx.request().path();
        Log.warnf("Database %s on %s (before the resource): answered 503",
                outage.get() == DatabaseOutage.Kind.BUSY ? "busy" : "out of reach",
                path.replaceAll("/shared/[^/]+", "/shared/***"));
        ProblemDetail problem = ProblemMapper.outageProblem(outage.get(), path);
        boolean page = ProblemResponses.wantsPage(ctx.request().getHeader("Accept"), path);
        ctx.response().setStatusCode(503).putHeader("Retry-After", Long.toString(retryAfter));
        if (page) {
            ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(page(problem,
                    ProblemResponses.back(ctx.request().getHeader("Referer"))));
        } else {
            ctx.response().putHeader("Content-Type", ProblemDetail.MEDIA_TYPE).end(write(problem));
        }
    }

    /**
     * The error page, rendered outside any resource: in a request context of its own, as nobody
     * (whose session could not be read: the header offers "Sign in" for once).
     */
    private String page(ProblemDetail problem, String back) {
        io.quarkus.arc.ManagedContext context = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            io.quarkus.arc.Arc.container().instance(io.quarkus.security.identity.CurrentIdentityAssociation.class).get()
                    .setIdentity(io.quarkus.security.runtime.QuarkusSecurityIdentity.builder().setAnonymous(true).build());
            return responses.retryPage(problem, back, Long.toString(retryAfter));
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    private String write(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
