package com.procurementrisk.web;

import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A results link without answers, or with answers that cannot be read: a 400 that offers a fresh start. */
public class DamagedLinkMapper {

    private final ProblemResponses problems;

    DamagedLinkMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response damagedLink(DamagedLinkException e, UriInfo uri, HttpHeaders headers) {
        String path = ProblemResponses.path(uri);
        if (e.empty()) {
            return problems.answer(headers, new ProblemDetail("/problems/damaged-link", "This link has no answers",
                    400, "A results link carries the answers it shows, and this one carries none: it may have been "
                    + "cut short when it was copied. Start a new assessment, or copy the whole link again.", path,
                    null));
        }
        return problems.answer(headers, new ProblemDetail("/problems/damaged-link", "This link is damaged", 400,
                "The answers in this link cannot be read: it may have been cut short when it was copied. "
                        + "Start a new assessment, or copy the whole link again.", path, null));
    }
}
