package com.procurementrisk.web;

import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.problem.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A browser form refused by the CSRF check (a missing, forged or expired token) gets an
 * empty 400 from the check itself; this turns it into a page that says what to do.
 */
public class ExpiredFormPage {

    private final ProblemResponses problems;

    ExpiredFormPage(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        boolean form = request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        if (response.getStatus() == 400 && !response.hasEntity() && form && !api
                && "POST".equals(request.getMethod())) {
            ProblemDetail problem = new ProblemDetail("/problems/form-expired", "This form has expired", 400,
                    "The page was open too long, or came from elsewhere, so its security token no longer matches. "
                            + "Nothing was saved. Go back, reload the page and send it again.",
                    request.getUriInfo().getRequestUri().getRawPath(), null);
            response.setEntity(problems.page(problem), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
