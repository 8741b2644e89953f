package com.procurementrisk.limits;

import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.http.ClientAddress;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Slow clients cannot hold the server: every request body must arrive within a deadline, and one
 * client address may be sending only so many bodies at once.
 *
 * <ul>
 * <li>The deadline is {@code advisor.body.deadline} plus the declared length at
 * {@code advisor.body.min-rate} (a body without a length counts as {@code advisor.api.max-body-size}):
 * 10 s + 1 s per 8 KiB by default, 34 s for the 200 KB a score request may carry. A body still
 * arriving then is answered 408 problem+json and its connection closed.</li>
 * <li>At most {@code advisor.body.max-per-address} bodies (32) from one client address
 * ({@link ClientAddress}) are in flight at once; one more is answered 429 problem+json with
 * {@code Retry-After} before any of it is read, and its connection closed. A body counts until the
 * API has read it ({@link BodyRead}) or its response ends.</li>
 * </ul>
 * Quarkus' own settings do not express this: {@code quarkus.http.read-timeout} bounds one blocking
 * read (a few bytes every few seconds pass it) and {@code idle-timeout} a silent connection; hence
 * this router handler, which runs before anything else reads the body.
 */
@ApplicationScoped
public class SlowBodies {

    /** Seconds a client over its bodies at once is told to wait. */
    static final long RETRY_AFTER_SECONDS = 5;
    /** Where a request keeps what to do once its body has arrived. */
    private static final String ARRIVED = SlowBodies.class.getName() + ".arrived";
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Duration deadline;
    private final long minRate;
    private final long undeclared;
    private final int perAddress;
    /** Bodies in flight per client address; an address without any has no entry. */
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    SlowBodies(AdvisorConfig config) {
        this.deadline = config.body().deadline();
        this.minRate = Math.max(1, config.body().minRate().asLongValue());
        this.perAddress = config.body().maxPerAddress();
        this.undeclared = config.api().maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        // After ClientAddress (which has Integer.MIN_VALUE), before anything reads the body.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long length = declaredLength(request);
        if (!WITH_BODY.contains(request.method()) || length == 0 || request.isEnded()) {
            ctx.next();
            return;
        }
        String address = ClientAddress.of(ctx);
        if (inFlight.merge(address, 1, Integer::sum) > perAddress) {
            release(address);
            refuse(ctx, 429, "/problems/rate-limited", "Too Many Requests", "Too many requests with a body from your "
                    + "network address at once: at most " + perAddress + ". Try again in " + RETRY_AFTER_SECONDS
                    + " seconds.");
            return;
        }
        long allowed = deadline.toMillis() + 1000 * (length < 0 ? undeclared : length) / minRate;
        long timer = ctx.vertx().setTimer(allowed, id -> {
            if (!request.isEnded()) {
                refuse(ctx, 408, "/problems/body-too-slow", "Request Timeout", "The body did not arrive within "
                        + allowed / 1000 + " seconds (at least " + minRate / 1024 + " KiB a second are needed).");
            }
        });
        // The body is no longer in flight once it has been read (BodyRead), or else when the response
        // ends or the connection closes: whichever comes first, once.
        AtomicBoolean arrived = new AtomicBoolean();
        Runnable done = () -> {
            if (arrived.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                release(address);
            }
        };
        ctx.put(ARRIVED, done);
        ctx.addEndHandler(ended -> done.run());
        ctx.next();
    }

    /**
     * Counts a body out of flight as soon as the API has read it, rather than when its response
     * ends: a request whose body is in may wait for a worker thread or run for long without
     * holding its address' allowance. (Bodies read otherwise, forms and sign-ins, count until
     * their response ends.)
     */
    @Provider
    public static class BodyRead implements ReaderInterceptor {

        private final CurrentVertxRequest current;

        public BodyRead(CurrentVertxRequest current) {
            this.current = current;
        }

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            Object body = context.proceed();
            RoutingContext routing = current.getCurrent();
            Runnable arrived = routing == null ? null : routing.get(ARRIVED);
            if (arrived != null) {
                arrived.run();
            }
            return body;
        }
    }

    private void release(String address) {
        inFlight.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    /** A problem answered at once, where it still can be, and the connection closed: its body is not wanted. */
    private void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close");
        if (status == 429) {
            ctx.response().putHeader("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        }
        // Written here, on the event loop, before any REST layer: a problem of RFC 9457's fields (the problem
        // package's mappers answer what reaches the REST layer; this package does not depend on them).
        ctx.response().end(new JsonObject().put("type", type).put("title", title).put("status", status)
                        .put("detail", detail).put("instance", ctx.request().path()).encode())
                .onComplete(done -> ctx.request().connection().close());
    }

    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader("Content-Length");
        if (declared == null) {
            return request.getHeader("Transfer-Encoding") != null ? -1 : 0;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
