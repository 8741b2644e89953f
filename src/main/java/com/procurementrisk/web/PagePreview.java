package com.procurementrisk.web;

import com.procurementrisk.assessment.RevisionPreview;
import com.procurementrisk.assessment.SavedAssessment;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes every page of a revision that is about to be imported (its page, as a share link shows
 * it, and its PDF report), so that one none of them could show is refused instead of stored.
 */
@ApplicationScoped
class PagePreview implements RevisionPreview {

    /** Where the forms of a page find their CSRF token (quarkus-rest-csrf); an API call has none. */
    private static final String CSRF_TOKEN = "csrf_token";

    private final SavedPages pages;
    private final CurrentVertxRequest request;

    PagePreview(SavedPages pages, CurrentVertxRequest request) {
        this.pages = pages;
        this.request = request;
    }

    @Override
    public void render(SavedAssessment revision) {
        RoutingContext ctx = request.getCurrent();
        boolean lent = ctx != null && ctx.get(CSRF_TOKEN) == null;
        if (lent) {
            ctx.put(CSRF_TOKEN, "preview"); // rendered into a page nobody receives
        }
        try {
            // The read-only page shows all of the result; the owner's page adds its history and share
            // links, which come from what is stored, not from the import.
            ResultsPage.results(pages.view(revision, true, "/report.pdf"), null).render();
            String report = ReportResource.Templates.report(pages.view(revision, true, null)).render();
            if (revision.revision() == revision.latest()) {
                // Writing the PDF costs far more than its XHTML: done for the latest revision (what a
                // share link serves); the others are the same template over results of the same shape.
                ReportResource.pdf(report);
            }
        } finally {
            if (lent) {
                ctx.remove(CSRF_TOKEN);
            }
        }
    }
}
