package com.procurementrisk.http;

import com.procurementrisk.config.AdvisorConfig;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The browser security headers of every response, in one place. A route ahead of every other
 * one (the body-size limit, sign-in, REST, static files, {@code /q/*}, the router's 404) adds
 * them just before the headers go out, so whoever answers, the headers are there:
 * <ul>
 * <li>a strict Content-Security-Policy: scripts, styles, images and fonts from this origin only
 * (no inline script or style: the pages keep theirs in {@code /js/app.js} and
 * {@code /css/app.css}), forms post only here (and to the identity provider, whose sign-out a
 * form leads to), and no page may be framed ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options: DENY} for older browsers);</li>
 * <li>(Swagger UI, built on inline scripts and styles, is not on this port: it is served on the
 * management interface, which this router does not cover and which stays inside the cluster.)</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a share
 * link's token never leaves in a Referer), a Permissions-Policy that turns off what the app
 * never uses, and {@code Cross-Origin-Opener-Policy: same-origin};</li>
 * <li>{@code Cache-Control: no-store} on everything that shows a saved assessment, a share, an
 * export, an account or administration (pages, JSON, PDF, CSV), and on every HTML page, since
 * each carries the signed-in user's name and a CSRF token;</li>
 * <li>{@code Strict-Transport-Security} on requests that came over HTTPS (directly or through a
 * trusted proxy).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=(), midi=(), display-capture=()";
    /** Paths whose answers show saved assessments, shares, exports, accounts or administration. */
    static final List<String> PRIVATE = List.of("/assessments", "/shared", "/compare", "/admin", "/account",
            "/sign-in", "/sign-out", "/j_security_check", "/api/v1/assessments", "/api/v1/shared",
            "/api/v1/compare", "/api/v1/models");

    private final String policy;

    SecurityHeaders(AdvisorConfig config,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> identityProvider) {
        this.policy = POLICY + identityProvider.filter(url -> config.access().oidc().enabled())
                .map(SecurityHeaders::origin).map(origin -> " " + origin).orElse("");
    }

    /** Installed first, so that even an answer from the body-size limit carries the headers. */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            boolean https = ctx.request().isSSL();
            ctx.addHeadersEndHandler(ignored -> apply(path, https, ctx.response()));
            ctx.next();
        });
    }

    void apply(String path, boolean https, HttpServerResponse response) {
        var headers = response.headers();
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
        String type = headers.get("Content-Type");
        if (isPrivate(path) || (type != null && type.startsWith("text/html"))) {
            headers.set("Cache-Control", "no-store");
        }
    }

    static boolean isPrivate(String path) {
        return PRIVATE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
    }

    /** The origin (scheme, host and port) of the identity provider, where its sign-out form leads. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
