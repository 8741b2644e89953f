package com.procurementrisk.limits;

import com.procurementrisk.config.AdvisorConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;

/**
 * How many imports the server works on at once ({@code advisor.api.concurrent-imports}, 2 by
 * default). An import may be 16 MiB of JSON that is read, checked, rendered in a dry run and
 * compressed, which takes many times its size in memory while it runs; more at once than this
 * are refused with 503 and {@code Retry-After} before their body is read, so that a burst of
 * imports cannot exhaust the heap. A slot is given back when the response ends or the
 * connection closes, whatever happened.
 */
@ApplicationScoped
public class ImportSlots {

    /** Seconds a refused import is told to wait. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;
    private final int size;

    ImportSlots(AdvisorConfig config) {
        this.size = config.api().concurrentImports();
        this.slots = new Semaphore(size);
    }

    /** Takes a slot for this request until its response ends. @throws ServerBusyException when none is free */
    void take(RoutingContext request) {
        if (!slots.tryAcquire()) {
            throw new ServerBusyException("The server is working on " + size + " imports already. Try again in "
                    + RETRY_AFTER_SECONDS + " seconds.", RETRY_AFTER_SECONDS);
        }
        // Called once, when the response ends or the connection closes before it does.
        request.addEndHandler(ended -> slots.release());
    }
}
