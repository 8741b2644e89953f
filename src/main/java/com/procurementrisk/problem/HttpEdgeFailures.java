package com.procurementrisk.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.config.AdvisorConfig;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * What happens to a hostile or broken request before (or outside) the REST layer, on the HTTP
 * server's routes:
 * <ul>
 * <li>an address or header block over its limit is answered 414 or 431 as a problem (the HTTP
 * server's own limits are set higher, so that it never answers a bare status first);</li>
 * <li>a change (POST, PUT, PATCH, DELETE) to a page that is not a form (no Content-Type, or
 * another type) is answered 415: the CSRF filter only checks forms, and a page's form handler
 * would get no fields at all;</li>
 * <li>an {@code Accept} header the framework's parsers cannot read (a {@code q} that is not a
 * number, a parameter without a value) and a multipart {@code Content-Type} without a boundary
 * are answered 400 or 415 here, before a resource tries to read them;</li>
 * <li>a failure the REST layer could not map (a malformed {@code Content-Type} or {@code Accept},
 * broken percent-encoding) is answered 400 (415 or 406) as a problem or the error page, never
 * 500, and without logging the request (its body or a share token in its address);</li>
 * <li>a cookie whose value came from the request (the sign-in's return address) and holds
 * characters a cookie may not carry is percent-encoded before the headers go out: the HTTP
 * server would otherwise fail while writing them and leave the request unanswered;</li>
 * <li>a {@code Location} the framework made absolute from the request's {@code Host} header
 * (JAX-RS does so for every relative redirect, and so does form sign-in) is rewritten to
 * {@code advisor.public-url}, or to a relative address when none is configured;</li>
 * <li>any other failure of a route is logged with its path masked ({@link LoggedPaths}: no share
 * token in the log) and answered 500 without internals, before Quarkus' own handler would log the
 * address as it came.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdgeFailures {

    /** The longest address (path and query) answered; longer gets 414. */
    static final int MAX_URI = 4096;
    /** The largest header block answered; larger gets 431. */
    static final int MAX_HEADERS = 20 * 1024;
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json;
    private final ProblemResponses responses;
    private final String publicUrl;

    HttpEdgeFailures(ObjectMapper json, ProblemResponses responses, AdvisorConfig config) {
        this.json = json;
        this.responses = responses;
        this.publicUrl = config.publicUrl().map(u -> u.replaceAll("/+$", "")).orElse(null);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limitsAndLocation);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // After every other failure handler, before Quarkus' own (the last route), which would log
        // the request's address as it came: with a share token in it.
        router.route().order(Integer.MAX_VALUE - 1).failureHandler(this::unexpected);
    }

    /**
     * A failure nothing else answered: logged with the path masked, answered 500 without internals.
     * What Quarkus' handler answers on purpose goes on to it: sign-in challenges and refusals, a
     * full worker pool (503), a client gone (nothing to answer).
     */
    private void unexpected(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten() || failure == null || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException || failure instanceof AuthenticationException
                || failure instanceof RejectedExecutionException || failure instanceof IOException) {
            ctx.next();
            return;
        }
        Log.errorf(failure, "Unexpected failure on %s", LoggedPaths.masked(ctx.request().path()));
        answer(ctx, new ProblemDetail("about:blank", "Internal Server Error", 500,
                "The request could not be completed. It has been logged; please try again later.", null, null));
    }

    private void limitsAndLocation(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI) {
            answer(ctx, new ProblemDetail("/problems/uri-too-long", "URI Too Long", 414,
                    "The address is longer than " + MAX_URI + " characters.", null, null));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerSize += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerSize > MAX_HEADERS) {
            answer(ctx, new ProblemDetail("/problems/headers-too-large", "Request Header Fields Too Large", 431,
                    "The request's headers are larger than " + MAX_HEADERS / 1024 + " KiB.", null, null));
            return;
        }
        String type = request.getHeader("Content-Type");
        if (type != null && !concreteMediaType(type)) {
            // A wildcard would match every @Consumes (a form handler would take it for a form).
            answer(ctx, MalformedRequests.malformedHeader(null, true));
            return;
        }
        if (type != null && RequestHeaders.missingBoundary(type)) {
            answer(ctx, MalformedRequests.missingBoundary(null));
            return;
        }
        String path = request.path();
        boolean api = path != null && (path.startsWith("/api/") || path.startsWith("/q/"));
        if (!api && UNSAFE.contains(request.method().name()) && !RequestHeaders.form(type)) {
            // Every change a page makes is a form. Anything else would pass the CSRF filter unchecked
            // (it only looks into forms) and reach a form handler with no fields at all.
            answer(ctx, MalformedRequests.notAForm(null));
            return;
        }
        if (!RequestHeaders.readableAccept(request.headers().getAll("Accept"), !api)) {
            answer(ctx, MalformedRequests.malformedHeader(null, false));
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            String location = ctx.response().headers().get("Location");
            if (location != null) {
                ctx.response().headers().set("Location", location(location, request.host()));
            }
            for (Cookie cookie : request.cookies()) {
                String value = cookie.getValue();
                if (value != null && !RequestHeaders.cookieValue(value)) {
                    cookie.setValue(RequestHeaders.percentEncoded(value));
                }
            }
        });
        ctx.next();
    }

    /**
     * An absolute Location pointing at the host the request named (which a client can forge) is
     * made relative, or absolute on the configured public address; any other Location is kept.
     */
    String location(String location, String requestHost) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || requestHost == null
                || !uri.getRawAuthority().equalsIgnoreCase(requestHost)) {
            return location;
        }
        String relative = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl == null ? relative : publicUrl + relative;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ProblemDetail problem = describe(ctx);
        if (problem == null) {
            ctx.next();
        } else {
            answer(ctx, problem);
        }
    }

    /** The problem for a failure caused by the request, or null for one of the application's. */
    private static ProblemDetail describe(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (MalformedRequests.isMediaType(failure)) {
            String type = ctx.request().getHeader("Content-Type");
            return MalformedRequests.malformedHeader(null, type != null && !validMediaType(type));
        }
        if (MalformedRequests.isDecoding(failure)) {
            return MalformedRequests.brokenEncoding(null);
        }
        if (MalformedRequests.isUnreadable(failure)) {
            return MalformedRequests.unreadable(null);
        }
        int status = ctx.statusCode();
        if (failure == null && status >= 400 && status < 500) {
            return new ProblemDetail("about:blank", reason(status), status, "The request cannot be answered.",
                    null, null);
        }
        return null;
    }

    /** Whether a Content-Type names one media type, without wildcards. */
    static boolean concreteMediaType(String value) {
        try {
            MediaType type = MediaType.valueOf(value);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a header value reads as a media type (what JAX-RS needs to route a body). */
    static boolean validMediaType(String value) {
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reason(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }

    /** Problem+json, or the error page for a browser that asks for HTML outside the API. */
    private void answer(RoutingContext ctx, ProblemDetail detail) {
        String path = safePath(ctx);
        ProblemDetail problem = new ProblemDetail(detail.type(), detail.title(), detail.status(), detail.detail(),
                path, detail.errors());
        boolean page = ProblemResponses.wantsPage(ctx.request().getHeader("Accept"), path);
        var response = ctx.response().setStatusCode(problem.status());
        if (problem.status() == 414 || problem.status() == 431) {
            response.putHeader("Connection", "close");
        }
        if (page) {
            response.putHeader("Content-Type", "text/html;charset=UTF-8").end(responses.page(problem));
            return;
        }
        try {
            response.putHeader("Content-Type", ProblemDetail.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request's path for the problem's instance: none when too long. */
    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        return path == null || path.length() > MAX_URI ? null : path;
    }
}
