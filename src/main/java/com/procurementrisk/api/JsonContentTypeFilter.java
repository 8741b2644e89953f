package com.procurementrisk.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The JSON API speaks only JSON. A body-less call such as {@code POST .../shares} often comes
 * without a Content-Type; it is marked as JSON before anything else looks at it, so the
 * CSRF check for HTML forms (which refuses body-less posts of no type) does not apply to it.
 * (Some clients label an empty body as a form: that is treated the same way.) Browser forms
 * cannot send JSON cross-site without CORS, and an empty body carries nothing to forge.
 */
public class JsonContentTypeFilter {

    @ServerRequestFilter(preMatching = true)
    public void markBodylessApiCallsAsJson(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean bodiless = length == null || "0".equals(length.strip());
        boolean form = type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED);
        if (type == null || (form && bodiless)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
