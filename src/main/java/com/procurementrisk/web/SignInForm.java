package com.procurementrisk.web;

import com.procurementrisk.access.Accounts;
import com.procurementrisk.access.SessionCookies;
import com.procurementrisk.access.Sessions;
import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.http.ClientAddress;
import com.procurementrisk.limits.RateLimitedException;
import com.procurementrisk.limits.RateLimits;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;
import java.util.UUID;

/**
 * The sign-in form's post ({@code POST /j_security_check}, fields {@code j_username} and
 * {@code j_password}): throttled per account and per address, the password checked without
 * holding a database connection, and on success a new server-side session ({@link Sessions}) and a
 * redirect to the page that asked for sign-in, or the start page. A refused attempt goes back to
 * the form ({@code /sign-in?failed=true}); a throttled one to the form with that message
 * ({@code /sign-in?throttled=true}), or, for a client that does not ask for a page, a 429 problem
 * with {@code Retry-After}.
 * <p>
 * A route of its own, ahead of Quarkus' authentication and the REST layer: the post comes from a
 * page without a CSRF token (nobody is signed in yet to bind one to), and login CSRF is refused
 * before it by {@code http/CsrfTokens} (a post started by another site, or naming another origin).
 */
@ApplicationScoped
public class SignInForm {

    /** A sign-in form is two short fields; anything much larger is not one. */
    private static final int MAX_BODY = 8 * 1024;

    private final Accounts accounts;
    private final Sessions sessions;
    private final RateLimits limits;
    private final AuditLog audit;
    private final boolean singleSignOn;

    SignInForm(Accounts accounts, Sessions sessions, RateLimits limits, AuditLog audit, AdvisorConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limits = limits;
        this.audit = audit;
        this.singleSignOn = config.access().oidc().enabled();
    }

    /** After the security headers, the body-size limit and the CSRF checks, which are installed before. */
    void install(@Observes @Priority(3000) Router router) {
        router.post(SessionCookies.SIGN_IN).order(Integer.MIN_VALUE)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .blockingHandler(this::signIn, false);
    }

    private void signIn(RoutingContext ctx) {
        MultiMap form = ctx.request().formAttributes();
        String username = form.get("j_username");
        String password = form.get("j_password");
        String address = ClientAddress.of(ctx);
        if (singleSignOn) {
            audit.signIn(username, false, address, "built-in passwords are off: single sign-on");
            redirect(ctx, 302, "/sign-in?failed=true");
            return;
        }
        if (username == null || password == null || username.isBlank() || username.length() > 100) {
            redirect(ctx, 302, "/sign-in?failed=true");
            return;
        }
        try {
            limits.spendSignIn(username, address);
        } catch (RateLimitedException e) {
            audit.signIn(username, false, address, "throttled: too many attempts");
            throttled(ctx, e);
            return;
        }
        Optional<UUID> account = accounts.check(username, password);
        audit.signIn(username, account.isPresent(), address);
        if (account.isEmpty()) {
            redirect(ctx, 302, "/sign-in?failed=true");
            return;
        }
        limits.signedIn(username, address);
        SessionCookies.set(ctx, sessions.start(account.get()));
        redirect(ctx, 302, SessionCookies.takeReturn(ctx));
    }

    /** A browser goes back to the form, which says why; another client gets a 429 problem. */
    private static void throttled(RoutingContext ctx, RateLimitedException e) {
        ctx.response().putHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        String accept = ctx.request().getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            redirect(ctx, 303, "/sign-in?throttled=true");
            return;
        }
        ctx.response().setStatusCode(429).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "/problems/rate-limited").put("title", "Too Many Requests")
                        .put("status", 429).put("detail", e.getMessage()).put("instance", SessionCookies.SIGN_IN)
                        .encode());
    }

    private static void redirect(RoutingContext ctx, int status, String location) {
        ctx.response().setStatusCode(status).putHeader("Location", location).end();
    }
}
