package com.procurementrisk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than its limit with a problem+json 413,
 * before anything reads it: {@code advisor.api.max-body-size} (256 KiB) for everything but
 * imports of exported assessments, which carry every revision's full result and may reach
 * {@code quarkus.http.limits.max-body-size}. (A chunked body without a length is cut off at
 * the server's limit by the HTTP server itself.)
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String IMPORTS = "/api/v1/assessments/imports";

    private final long limit;
    private final long importLimit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "advisor.api.max-body-size") MemorySize limit,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize importLimit,
                  ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.importLimit = importLimit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long max = IMPORTS.equals(ctx.request().path()) ? importLimit : limit;
            if (declared != null && tooLarge(declared, max)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body(ctx.request().path(), max));
            } else {
                ctx.next();
            }
        });
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path, long max) {
        ProblemDetail problem = new ProblemDetail("/problems/body-too-large", "Payload Too Large", 413,
                "The body is larger than the limit of " + max / 1024 + " KiB.", path, null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
