package com.procurementrisk.problem;

import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.core.request.AcceptHeaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link HttpEdgeFailures} asks of a request's headers before any resource reads them, and
 * how it makes a cookie value writable: each a question the framework would otherwise answer with
 * an exception (a 500) or by failing to write the response at all.
 */
final class RequestHeaders {

    /**
     * A weight from 0 to 1 with at most three decimals (RFC 9110), also without its leading 0
     * ({@code q=.2}, as Java's own HTTP client sends).
     */
    private static final Pattern QUALITY = Pattern.compile("0?\\.[0-9]{1,3}|0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    /**
     * Whether every Accept header reads as weighted media types ({@code *} alone, as Java's own
     * HTTP client sends it, counting as any type), and, for a page, also for the parser that picks
     * the page's variant (which fails on {@code text/html;q=} with an index error instead of
     * refusing it).
     */
    static boolean readableAccept(List<String> values, boolean page) {
        try {
            for (String value : values) {
                if (page) {
                    AcceptHeaders.getMediaTypeQualityValues(value);
                }
                for (String range : value.split(",")) {
                    String stripped = range.strip();
                    if (!stripped.isEmpty()) {
                        String type = stripped.startsWith("*;") || stripped.equals("*") ? "*/*" + stripped.substring(1)
                                : stripped;
                        String q = MediaType.valueOf(type).getParameters().get("q");
                        if (q != null && !QUALITY.matcher(q).matches()) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Whether a Content-Type is one a browser gives a form (lower case, as browsers write it). */
    static boolean form(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
    }

    /** A multipart body without a boundary cannot be split into its parts. */
    static boolean missingBoundary(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            String boundary = type.getParameters().get("boundary");
            return "multipart".equalsIgnoreCase(type.getType()) && (boundary == null || boundary.isBlank());
        } catch (IllegalArgumentException e) {
            return false; // refused as a malformed Content-Type before this is asked
        }
    }

    /** Whether a value is made of RFC 6265 cookie-octets only (what the HTTP server's encoder accepts). */
    static boolean cookieValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The value with every character a cookie may not carry percent-encoded (as UTF-8). */
    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (cookieValue(ch)) {
                out.append(ch);
            } else {
                for (byte b : ch.getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private RequestHeaders() {
    }
}
