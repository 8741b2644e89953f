package com.procurementrisk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.problem.ProblemDetail;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API's body-size limit, in one place. A request whose declared body is larger than its
 * limit is refused with a problem+json 413 before anything reads it; a body without a declared
 * length is counted while it is read ({@link WhileReading}). The limit is
 * {@code advisor.api.max-body-size} (256 KiB) for everything but imports of exported
 * assessments, which carry every revision's full result and may reach
 * {@code advisor.api.max-import-size} (16 MiB; the server's own limit is set to it too), and uploads of model files (API and page), up to
 * {@code advisor.model.max-upload-size}. (A chunked body without a length is cut off at
 * the server's limit by the HTTP server itself.)
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String IMPORTS = "/api/v1/assessments/imports";
    /** Uploads of model files (the API and the administrators' page), up to advisor.model.max-upload-size. */
    static final java.util.Set<String> MODEL_UPLOADS = java.util.Set.of("/api/v1/models", "/admin/models");

    private final long limit;
    private final long importLimit;
    private final long modelLimit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "advisor.api.max-body-size") MemorySize limit,
                  @ConfigProperty(name = "advisor.api.max-import-size", defaultValue = "16M") MemorySize importLimit,
                  @ConfigProperty(name = "advisor.model.max-upload-size", defaultValue = "1M") MemorySize modelLimit,
                  ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.importLimit = importLimit.asLongValue();
        this.modelLimit = modelLimit.asLongValue();
        this.json = json;
    }

    /** The limit of a request to {@code path}. */
    long limit(String path) {
        if (IMPORTS.equals(path)) {
            return importLimit;
        }
        return MODEL_UPLOADS.contains(path) ? modelLimit : limit;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long max = limit(ctx.request().path());
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

    /**
     * Holds API bodies to the same limit while they are read, so a body sent without a
     * Content-Length (chunked) gets the same 413 as one that declares its size. Imports may be
     * larger.
     */
    @Provider
    public static class WhileReading implements ReaderInterceptor {

        private final long limit;
        private final long modelLimit;

        @jakarta.ws.rs.core.Context
        UriInfo uri;

        public WhileReading(@ConfigProperty(name = "advisor.api.max-body-size") MemorySize limit,
                            @ConfigProperty(name = "advisor.model.max-upload-size", defaultValue = "1M") MemorySize modelLimit) {
            this.limit = limit.asLongValue();
            this.modelLimit = modelLimit.asLongValue();
        }

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            String path = uri == null ? null : uri.getRequestUri().getRawPath();
            if (!IMPORTS.equals(path)) {
                long max = path != null && MODEL_UPLOADS.contains(path) ? modelLimit : limit;
                context.setInputStream(new Limited(context.getInputStream(), max));
            }
            return context.proceed();
        }
    }

    /** Thrown when a body passes the limit while it is read; answered as a 413 problem. */
    public static class TooLarge extends WebApplicationException {
        public TooLarge() {
            super(413);
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}
