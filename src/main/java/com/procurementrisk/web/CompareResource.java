package com.procurementrisk.web;

import com.procurementrisk.assessment.AssessmentService;
import com.procurementrisk.assessment.Comparison;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.assessment.AdvisorService;
import com.procurementrisk.scoring.ResultDiff;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Locale;

/** Two saved assessments or revisions side by side. */
@Path("/compare")
@Produces(MediaType.TEXT_HTML)
public class CompareResource {

    /** What the comparison page shows; {@code rows} is empty until both sides are chosen. */
    public record CompareView(String left, String right, String leftTitle, String rightTitle,
                              List<Option> options, List<Row> rows, List<String> factors, List<String> added,
                              List<String> removed) {
        public boolean chosen() {
            return leftTitle != null && rightTitle != null;
        }

        /** The right-hand assessment's id (without a revision). */
        public String rightId() {
            return right == null ? "" : right.split(":", 2)[0];
        }
    }

    /** A saved assessment to choose from. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One pathway on both sides. */
    public record Row(String pathway, String left, String right, boolean changed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(CompareView view);
    }

    private final AssessmentService assessments;
    private final AdvisorService advisor;

    CompareResource(AssessmentService assessments, AdvisorService advisor) {
        this.assessments = assessments;
        this.advisor = advisor;
    }

    @GET
    public TemplateInstance compare(@RestQuery String left, @RestQuery String right) {
        List<Option> options = assessments.list(0, 100).items().stream()
                .map(s -> new Option(s.id().toString(), s.title() + " (revision " + s.revision() + ")",
                        s.id().toString().equals(right))).toList();
        RevisionRef l = RevisionRef.parse(left).orElseThrow(NotFoundException::new);
        RevisionRef r = RevisionRef.parse(right).orElse(null);
        if (r == null) {
            SavedAssessment a = find(l);
            return Templates.compare(new CompareView(left, "", label(a), null, options, List.of(), List.of(),
                    List.of(), List.of()));
        }
        Comparison c = assessments.compare(l.id(), l.revision(), r.id(), r.revision());
        ResultDiff d = c.diff();
        List<Row> rows = d.pathways().stream().map(p -> new Row(title(p.pathway()), side(p.left()), side(p.right()),
                p.changed())).toList();
        List<String> factors = d.factors().stream().map(f -> title(f.pathway()) + ", " + f.dimension() + ": "
                + f.title() + " " + number(f.left()) + " \u2192 " + number(f.right())).toList();
        List<String> added = d.recommendations().stream().filter(ResultDiff.RecommendationChange::added)
                .map(x -> x.title() + " (" + title(x.pathway()) + ")").toList();
        List<String> removed = d.recommendations().stream().filter(x -> !x.added())
                .map(x -> x.title() + " (" + title(x.pathway()) + ")").toList();
        return Templates.compare(new CompareView(left, right, label(c.left()), label(c.right()), options, rows,
                factors, added, removed));
    }

    private SavedAssessment find(RevisionRef ref) {
        return (ref.revision() == null ? assessments.find(ref.id()) : assessments.find(ref.id(), ref.revision()))
                .orElseThrow(NotFoundException::new);
    }

    private String title(String pathway) {
        return advisor.model().pathway(pathway).map(p -> p.title()).orElse(pathway);
    }

    private static String label(SavedAssessment a) {
        return a.title() + ", revision " + a.revision() + " (model " + a.modelVersion() + ")";
    }

    private static String side(ResultDiff.Side s) {
        if (s == null) {
            return "not assessed (the model of this side has no such pathway)";
        }
        return (s.viability() == null ? "" : s.viability().id().replace('_', ' ') + ", ") + "rank " + s.rank() + ": overall " + number(s.overall()) + " " + s.overallBand().id() + " (contractual "
                + number(s.contractual()) + " " + s.contractualBand().id() + ", availability "
                + number(s.availability()) + " " + s.availabilityBand().id() + ")";
    }

    private static String number(Double value) {
        return value == null ? "none" : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
