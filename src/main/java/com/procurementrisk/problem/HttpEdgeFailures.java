package com.procurementrisk.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.config.AdvisorConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.Map;

/**
 * What happens to a hostile or broken request before (or outside) the REST layer, on the HTTP
 * server's routes:
 * <ul>
 * <li>an address or header block over its limit is answered 414 or 431 as a problem (the HTTP
 * server's own limits are set higher, so that it never answers a bare status first);</li>
 * <li>a failure the REST layer could not map (a malformed {@code Content-Type} or {@code Accept},
 * broken percent-encoding) is answered 400 (415 or 406) as a problem or the error page, never
 * 500, and without logging the request (its body or a share token in its address);</li>
 * <li>a {@code Location} the framework made absolute from the request's {@code Host} header
 * (JAX-RS does so for every relative redirect, and so does form sign-in) is rewritten to
 * {@code advisor.public-url}, or to a relative address when none is configured.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdgeFailures {

    /** The longest address (path and query) answered; longer gets 414. */
    static final int MAX_URI = 4096;
    /** The largest header block answered; larger gets 431. */
    static final int MAX_HEADERS = 20 * 1024;

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
        ctx.addHeadersEndHandler(v -> {
            String location = ctx.response().headers().get("Location");
            if (location != null) {
                ctx.response().headers().set("Location", location(location, request.host()));
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
            jakarta.ws.rs.core.MediaType type = jakarta.ws.rs.core.MediaType.valueOf(value);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a header value reads as a media type (what JAX-RS needs to route a body). */
    static boolean validMediaType(String value) {
        try {
            jakarta.ws.rs.core.MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reason(int status) {
        io.netty.handler.codec.http.HttpResponseStatus s = io.netty.handler.codec.http.HttpResponseStatus
                .valueOf(status);
        return s.reasonPhrase();
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
