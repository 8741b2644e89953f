package com.procurementrisk.problem;

import java.util.List;

/**
 * Failures that a malformed request causes inside the framework, told apart from the
 * application's own: their messages quote the request (a form body, a header), so they are
 * answered as the client's mistake and never logged.
 */
final class MalformedRequests {

    private MalformedRequests() {
    }

    /** Whether a failure comes from decoding percent-encoded form fields. */
    static boolean isDecoding(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof IllegalArgumentException && (message.startsWith("Failed to decode")
                    || message.contains("URLDecoder") || fromDecoder(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure is a header the framework could not read as media types. */
    static boolean isMediaType(Throwable failure) {
        return failure instanceof IllegalArgumentException && failure.getMessage() != null
                && failure.getMessage().startsWith("Failed to parse media type");
    }

    private static boolean fromDecoder(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0 && (frames[0].getClassName().endsWith("URLUtils")
                || frames[0].getClassName().equals("java.net.URLDecoder"));
    }

    /**
     * Whether a failure is one of the framework's request parsers tripping over a malformed header or
     * body (an index out of range in its form, multipart or Accept parser; the HTTP server's multipart
     * decoder refusing a Content-Type it cannot split) rather than a fault of the
     * application's: the first frame outside the JDK is the framework's (Netty's own argument checks
     * included: its form decoder refuses a field without a name in ObjectUtil), and a request reader is on
     * the stack. Such a request is the client's mistake, not a server error.
     */
    static boolean isUnreadable(Throwable failure) {
        if (!(failure instanceof RuntimeException)) {
            return false;
        }
        StackTraceElement[] frames = failure.getStackTrace();
        String thrower = null;
        boolean reading = false;
        for (StackTraceElement frame : frames) {
            String name = frame.getClassName();
            if (thrower == null && !name.startsWith("java.")) {
                thrower = name;
            }
            reading |= READERS.stream().anyMatch(name::startsWith);
        }
        return reading && thrower != null && (thrower.startsWith("org.jboss.resteasy.reactive.")
                || thrower.startsWith("io.netty."));
    }

    /** The framework's classes that read what a request sends: its body, its forms, its Accept header. */
    private static final List<String> READERS = List.of(
            "org.jboss.resteasy.reactive.server.handlers.RequestDeserializeHandler",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler",
            "org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.core.request.",
            "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider",
            "io.netty.handler.codec.http.multipart.",
            "io.vertx.ext.web.handler.impl.BodyHandlerImpl");

    static ProblemDetail unreadable(String path) {
        return new ProblemDetail("/problems/malformed-request", "Bad Request", 400,
                "The request cannot be read: its body or a header is not what its Content-Type or Accept says"
                        + " (a form field needs a name; a multipart body, its boundary).", path, null);
    }

    static ProblemDetail notAForm(String path) {
        return new ProblemDetail("/problems/not-a-form", "Unsupported Media Type", 415,
                "Pages take changes as forms only (Content-Type application/x-www-form-urlencoded or"
                        + " multipart/form-data); the JSON API is under /api/.", path, null);
    }

    static ProblemDetail missingBoundary(String path) {
        return new ProblemDetail("/problems/malformed-header", "Bad Request", 400,
                "A multipart Content-Type needs a boundary parameter (multipart/form-data; boundary=...).", path,
                null);
    }

    static ProblemDetail brokenEncoding(String path) {
        return new ProblemDetail("/problems/malformed-encoding", "Bad Request", 400,
                "The request is not correctly percent-encoded (a % must be followed by two hexadecimal digits"
                        + " of UTF-8).", path, null);
    }

    static ProblemDetail malformedHeader(String path, boolean contentType) {
        return contentType
                ? new ProblemDetail("/problems/malformed-header", "Unsupported Media Type", 415,
                "The Content-Type header is not one media type (such as application/json).", path, null)
                : new ProblemDetail("/problems/malformed-header", "Bad Request", 400,
                "The Accept header is not a list of media types.", path, null);
    }
}
