package com.procurementrisk.web;

import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.Comparisons;
import com.procurementrisk.assessment.Comparison;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.scoring.ResultDiff;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;

/** Two saved assessments or revisions side by side. */
@Path("/compare")
@Produces(MediaType.TEXT_HTML)
public class CompareResource {

    /** How many other assessments the picker offers at most (search for more). */
    static final int OPTIONS = 100;

    /** What the comparison page shows; {@code rows} is empty until both sides are chosen. */
    public record CompareView(String left, String right, String leftTitle, String rightTitle, String query,
                              List<Option> options, List<InputChange> inputs, List<Row> rows, List<String> factors,
                              List<String> added, List<String> removed) {
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

    /** A changed input: {@code kind} is "Model version", "Scenario" or "Answer". */
    public record InputChange(String kind, String what, String left, String right) {
    }

    /** One pathway on both sides. */
    public record Row(String pathway, String left, String right, boolean changed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(CompareView view);
    }

    private final SavedAssessments assessments;

    private final Comparisons comparisons;
    private final ScoringService advisor;

    CompareResource(SavedAssessments assessments, Comparisons comparisons, ScoringService advisor) {

        this.comparisons = comparisons;
        this.assessments = assessments;
        this.advisor = advisor;
    }

    @GET
    public TemplateInstance compare(@RestQuery String left, @RestQuery String right, @RestQuery String q) {
        RevisionRef l = RevisionRef.parse(left).orElseThrow(NotFoundException::new);
        RevisionRef r = RevisionRef.parse(right).orElse(null);
        SavedAssessment leftSide = find(l);
        List<Option> options = options(leftSide, right, q);
        if (r == null) {
            return Templates.compare(new CompareView(left, "", label(leftSide), null, q == null ? "" : q, options,
                    List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        Comparison c = comparisons.compare(l, r);
        // Titles and labels as the right-hand side's model version wrote them (else the left's).
        RiskModel model = modelOf(c);
        ResultDiff d = c.diff();
        List<Row> rows = d.pathways().stream().map(p -> new Row(title(model, p.pathway()), side(p.left()),
                side(p.right()), p.changed())).toList();
        List<String> factors = d.factors().stream().map(f -> title(model, f.pathway()) + ", " + f.dimension() + ": "
                + f.title() + " " + number(f.left()) + " \u2192 " + number(f.right())).toList();
        List<String> added = d.recommendations().stream().filter(ResultDiff.RecommendationChange::added)
                .map(x -> x.title() + " (" + title(model, x.pathway()) + ")").toList();
        List<String> removed = d.recommendations().stream().filter(x -> !x.added())
                .map(x -> x.title() + " (" + title(model, x.pathway()) + ")").toList();
        return Templates.compare(new CompareView(left, right, label(c.left()), label(c.right()), q == null ? "" : q,
                options, inputs(c, model), rows, factors, added, removed));
    }

    /**
     * What to compare with: the other revisions of the same assessment, then other assessments
     * (those whose title contains {@code q}, when given), never the left-hand side itself.
     */
    private List<Option> options(SavedAssessment left, String right, String q) {
        List<Option> options = new ArrayList<>();
        String leftRef = left.id() + ":" + left.revision();
        for (SavedAssessment.Summary h : assessments.history(left.id())) {
            String ref = left.id() + ":" + h.revision();
            if (!ref.equals(leftRef)) {
                options.add(new Option(ref, "This assessment, revision " + h.revision() + " (model "
                        + h.modelVersion() + ")", ref.equals(right)));
            }
        }
        assessments.search(q, OPTIONS).stream().filter(a -> !a.id().equals(left.id()))
                .forEach(a -> options.add(new Option(a.id().toString(), a.title() + " (revision " + a.revision()
                        + ", model " + a.modelVersion() + ")", a.id().toString().equals(right))));
        return options;
    }

    /** The inputs that differ, each labelled as a model, scenario or answer change. */
    private List<InputChange> inputs(Comparison c, RiskModel model) {
        return c.inputs().stream().map(change -> switch (change.kind()) {
            case MODEL_VERSION -> new InputChange("Model version", "Risk model", String.valueOf(change.left()),
                    String.valueOf(change.right()));
            case SCENARIO -> new InputChange("Scenario", "Scenario",
                    scenarioTitle(advisor.model(c.left().modelVersion()), (String) change.left()),
                    scenarioTitle(model, (String) change.right()));
            case ANSWER -> {
                var question = model.questionnaire().question(change.key());
                yield new InputChange("Answer", question.map(x -> x.label()).orElse(change.key()),
                        describe(question.orElse(null), change.left()), describe(question.orElse(null), change.right()));
            }
        }).toList();
    }

    private static String describe(com.procurementrisk.scoring.model.Question q, Object value) {
        if (value == null) {
            return "not answered";
        }
        return q == null ? String.valueOf(value) : AnswerLabels.describe(q, value);
    }

    private static String scenarioTitle(RiskModel model, String id) {
        if (id == null) {
            return "none";
        }
        return Formats.scenarioTitle(model, id);
    }

    /** The model version of the right-hand side when known here, else of the left, else the current one. */
    private RiskModel modelOf(Comparison c) {
        RiskModel right = advisor.model(c.right().modelVersion());
        return right.version().equals(c.right().modelVersion()) ? right : advisor.model(c.left().modelVersion());
    }

    private SavedAssessment find(RevisionRef ref) {
        return assessments.get(ref);
    }

    private static String title(RiskModel model, String pathway) {
        return Formats.pathwayTitle(model, pathway);
    }

    private static String label(SavedAssessment a) {
        return a.title() + ", revision " + a.revision() + " (model " + a.modelVersion() + ")";
    }

    static String side(ResultDiff.Side s) {
        if (s == null) {
            return "not assessed (the model of this side has no such pathway)";
        }
        return (s.viability() == null ? "" : s.viability().id().replace('_', ' ') + ", ") + "rank " + s.rank() + ": overall " + number(s.overall()) + " " + s.overallBand().id() + " (contractual "
                + number(s.contractual()) + " " + s.contractualBand().id() + ", availability "
                + number(s.availability()) + " " + s.availabilityBand().id() + ")";
    }

    static String number(Double value) {
        return value == null ? "none" : Formats.oneDecimal(value);
    }
}
