package com.procurementrisk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Test only: pages under a share link that fail, one as a resource and one as a route of the HTTP
 * server, so that tests can see what a failing share page leaves in the log and the metrics.
 */
@Path("/shared/{token}/failing")
public class FailingSharePages {

    @GET
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public String fail(@RestPath String token) {
        throw new IllegalStateException("a share page failed");
    }

    /** The same failure on a route of the HTTP server (answered by its failure handlers, not a mapper). */
    @ApplicationScoped
    static class Route {
        void install(@Observes Router router) {
            router.get("/shared/:token/failing-route").handler(ctx -> {
                throw new IllegalStateException("a share route failed");
            });
        }
    }
}
