package com.procurementrisk.problem;

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
