package com.procurementrisk.http;

import com.procurementrisk.models.ShippedModels;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Start-up work that needs nothing of the framework but its configuration, begun as early as the
 * application gets a say: Quarkus sets up the HTTP routes (this event) before it loads the
 * templates and finishes starting Hibernate, and well before the start-up event, so the shipped
 * risk models are parsed and validated on a second core meanwhile instead of after all that
 * (docs/benchmarks.md, "Framework floor"). The start still fails on an invalid model: the
 * registry waits for the result at the start-up event.
 */
@ApplicationScoped
class EarlyStart {

    void begin(@Observes @Priority(0) Router router, ShippedModels models) {
        models.begin();
    }
}
