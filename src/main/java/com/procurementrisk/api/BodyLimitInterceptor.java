package com.procurementrisk.api;

import io.quarkus.runtime.configuration.MemorySize;
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
 * Holds API bodies to {@code advisor.api.max-body-size} while they are read, so a body sent
 * without a Content-Length (chunked) gets the same 413 as one that declares its size
 * ({@link BodySizeLimit} answers those before reading). Imports may be larger.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    private final long limit;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    public BodyLimitInterceptor(@ConfigProperty(name = "advisor.api.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (uri == null || !BodySizeLimit.IMPORTS.equals(uri.getRequestUri().getRawPath())) {
            context.setInputStream(new Limited(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /** Thrown when a body passes the limit while it is read. */
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
