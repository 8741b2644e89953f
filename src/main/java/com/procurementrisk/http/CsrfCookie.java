package com.procurementrisk.http;

import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF cookie goes out only with pages (HTML), which are what carry forms. The CSRF filter
 * would set it on every answer it gives to a GET, JSON and PDF included; taking it off the
 * others keeps API clients free of a cookie they never use and leaves the token of the page a
 * person is looking at valid while the page fetches nothing else. (SameSite=Strict is added to
 * it by {@code quarkus.http.same-site-cookie}; Secure whenever the request came over HTTPS.)
 */
@ApplicationScoped
public class CsrfCookie {

    private final String name;

    CsrfCookie(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String name) {
        this.name = name;
    }

    void install(@Observes @Priority(2) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                String type = ctx.response().headers().get("Content-Type");
                if (type == null || !type.startsWith("text/html")) {
                    ctx.response().removeCookie(name, false);
                }
            });
            ctx.next();
        });
    }
}
