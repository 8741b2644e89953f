package com.procurementrisk.api;

import com.procurementrisk.problem.ProblemDetail;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.Set;

/**
 * The JSON API speaks only JSON, and this is what keeps other sites from changing anything
 * through it. A browser sends a request to another site without asking first (CORS) only with
 * no body type or one of three types: {@code text/plain}, a form
 * ({@code application/x-www-form-urlencoded}) or {@code multipart/form-data}; and it sends the
 * session cookie along when the other site is the same site (SameSite=Lax). So every POST, PUT,
 * PATCH and DELETE under {@code /api/} that relies on the session (or on nothing) must name a
 * type a form cannot send — {@code application/json}, even with an empty body, or the YAML of a
 * model upload — and is answered 415 otherwise, before anything reads or changes a thing.
 * A call with a bearer token (personal token, identity provider) cannot be forged by a page, so
 * a body-less one may come without a type (or, as some clients do, label its empty body a
 * form): it is marked as JSON here.
 */
public class JsonContentTypeFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The types a page on another site can send without CORS asking this server first. */
    static final Set<String> FORM_TYPES = Set.of("text/plain", MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA);

    @ServerRequestFilter(preMatching = true)
    public Response onlyJsonChangesTheApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String essence = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (bearer(request)) {
            if (essence == null || (MediaType.APPLICATION_FORM_URLENCODED.equals(essence) && bodiless(request))) {
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            }
            return null;
        }
        if (essence == null || FORM_TYPES.contains(essence)) {
            return unsupported(request.getUriInfo().getRequestUri().getRawPath(), type);
        }
        return null;
    }

    private static boolean bearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean bodiless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null || "0".equals(length.strip());
    }

    private static Response unsupported(String path, String type) {
        ProblemDetail problem = new ProblemDetail("about:blank", "Unsupported Media Type", 415,
                (type == null ? "A request without Content-Type" : "Content-Type " + type)
                        + " cannot change anything here: send Content-Type: application/json (an empty body is fine), "
                        + "or an Authorization: Bearer token.", path, null);
        return Response.status(415).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }
}
