package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.Rescoring;
import com.procurementrisk.assessment.ShareLinks;
import com.procurementrisk.assessment.SavedAssessment;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.UUID;

/**
 * The list of saved assessments in the browser: browse and search it, re-score every assessment
 * an older model scored, and delete one after a confirmation. Every form posts and redirects.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SavedListResource {

    static final int SEARCH_LIMIT = 200;
    static final int PAGE_SIZE = 20;

    /**
     * What the list of saved assessments shows.
     *
     * @param query    the title search, empty when listing all
     * @param outdated how many assessments were scored under an older model than {@code model}
     * @param done     what the form that led here did ("re-score all", a deletion), or null
     */
    public record ListView(List<ListRow> items, int page, boolean more, long total, String query, String model,
                           long outdated, String done) {
        public int next() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }

    /** One saved assessment in the list; {@code outdated}: scored under an older model than the current one. */
    public record ListRow(UUID id, String title, int revision, String saved, String best, String modelVersion,
                          boolean outdated) {
    }

    /** What the deletion page asks to confirm. */
    public record DeleteView(UUID id, String title, int revisions, int shares) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance delete(DeleteView view);
    }

    private static final String PAGE = "/assessments";

    private final ScoringService advisor;
    private final SavedAssessments assessments;
    private final ShareLinks shareLinks;
    private final Rescoring rescoring;
    private final Flash flash;

    SavedListResource(ScoringService advisor, SavedAssessments assessments, ShareLinks shareLinks, Rescoring rescoring,
                      Flash flash) {
        this.flash = flash;
        this.advisor = advisor;
        this.assessments = assessments;
        this.shareLinks = shareLinks;
        this.rescoring = rescoring;
    }

    @GET
    @Path("assessments")
    public TemplateInstance list(@RestQuery Integer page, @RestQuery String q) {
        int p = page == null || page < 0 ? 0 : page;
        String current = advisor.model().version();
        boolean searching = q != null && !q.isBlank();
        List<SavedAssessment.Summary> items;
        long total;
        boolean more;
        if (searching) {
            items = assessments.search(q, SEARCH_LIMIT);
            total = items.size();
            more = false;
        } else {
            SavedAssessment.Page<SavedAssessment.Summary> found = assessments.list(p, PAGE_SIZE);
            items = found.items();
            total = found.total();
            more = (p + 1L) * PAGE_SIZE < found.total();
        }
        List<ListRow> rows = items.stream().map(a -> new ListRow(a.id(), a.title(), a.revision(), Formats.when(a.saved()),
                Formats.pathwayTitle(advisor.model(a.modelVersion()), a.ranking().get(0)),
                a.modelVersion(), !a.modelVersion().equals(current))).toList();
        return Templates.list(new ListView(rows, p, more, total, searching ? q.strip() : "", current,
                assessments.countOutdated(current), flash.take(PAGE)));
    }

    /** Re-scores every assessment scored under an older model, each as its next revision. */
    @POST
    @Path("assessments/rescore-outdated")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rescoreOutdated() {
        int[] outcome = rescoring.rescoreOutdated();
        return flash.redirect(PAGE, "Re-scored " + outcome[0] + " assessment(s) under risk model "
                + advisor.model().version() + ", each as a new revision" + (outcome[1] > 0 ? "; " + outcome[1]
                + " could not be re-scored because the current model refuses some of their answers (open them and"
                + " change those answers)" : "") + ".");
    }

    /** Asks before deleting. */
    @GET
    @Path("assessments/{id}/delete")
    public TemplateInstance confirmDelete(@RestPath UUID id) {
        SavedAssessment a = assessments.get(RevisionRef.latest(id));
        return Templates.delete(new DeleteView(id, a.title(), a.latest(), (int) shareLinks.shares(id).stream()
                .filter(sh -> sh.revoked() == null).count()));
    }

    /** Deletes the assessment with its revisions and share links. */
    @POST
    @Path("assessments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath UUID id) {
        String title = assessments.get(RevisionRef.latest(id)).title();
        assessments.delete(id);
        return flash.redirect(PAGE, "Deleted “" + title + "”.");
    }
}
