package com.procurementrisk.problem;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How a problem is answered, for both edges: a browser asking for a page gets the error page
 * (the problem in words, with a way on); every other client, and anything under
 * {@code /api/} or {@code /q/}, gets {@code application/problem+json}.
 */
@ApplicationScoped
public class ProblemResponses {

    private final Template errorPage;

    ProblemResponses(@Location("error.html") Template errorPage) {
        this.errorPage = errorPage;
    }

    /** The response for this problem, as a page or as problem+json depending on who asks. */
    public Response answer(HttpHeaders headers, ProblemDetail problem) {
        if (wantsPage(headers, problem.instance())) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(problem)).build();
        }
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A problem that passes (the database out of reach, a rate limit): the same answer with
     * {@code Retry-After}, and on the page a link back to where the user was (the page they
     * posted from: the results page carries every answer in its address, so nothing typed is lost).
     */
    public Response retryLater(HttpHeaders headers, ProblemDetail problem, long retryAfterSeconds) {
        String seconds = Long.toString(Math.max(1, retryAfterSeconds));
        if (wantsPage(headers, problem.instance())) {
            String page = retryPage(problem, back(headers == null ? null : headers.getHeaderString("Referer")), seconds);
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", seconds).entity(page).build();
        }
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(problem).build();
    }

    /** The error page of a problem that passes, with when to try again and a link back. */
    String retryPage(ProblemDetail problem, String back, String seconds) {
        return errorPage.data("problem", problem).data("back", back).data("retryAfter", seconds).render();
    }

    /** The path and query of the page the request came from (its Referer), on this site only; null when unknown. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer.trim());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The error page for this problem. */
    public String page(ProblemDetail problem) {
        return errorPage.data("problem", problem).data("back", null).data("retryAfter", null).render();
    }

    /** The raw path of the request, the problem's {@code instance}. */
    public static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * The same question for a request answered before any resource (on the HTTP server's routes),
     * from its raw Accept header: a page is wanted where HTML is asked for outside the API.
     */
    static boolean wantsPage(String accept, String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && accept != null
                && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    /** Whether the caller is a browser asking for a page (not the API, not a client of problem+json). */
    public boolean wantsPage(HttpHeaders headers, String path) {
        if (headers == null || path == null || path.startsWith("/api/") || path.startsWith("/q/")) {
            return false;
        }
        try {
            return headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE)
                    && !m.isWildcardType());
        } catch (IllegalArgumentException malformedAccept) {
            return false; // an Accept header that is not media types: answer the problem as JSON
        }
    }
}
