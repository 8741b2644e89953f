package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.model.Section;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;

/** The results of an assessment: a plain link (answers and scenario in the query) that can be shared. */
@Path("/results")
@Produces(MediaType.TEXT_HTML)
@com.procurementrisk.access.OpenToAnonymous
public class ResultsResource {

    private final ScoringService advisor;
    private final AnswerToken tokens;

    ResultsResource(ScoringService advisor, AnswerToken tokens) {
        this.advisor = advisor;
        this.tokens = tokens;
    }

    @GET
    public Response show(@RestQuery("a") String token, @RestQuery String scenario, @RestQuery String edit,
                         @RestQuery Long v, @RestQuery String m) {
        EditContext context = EditContext.of(edit, v);
        if (token == null || token.isBlank()) {
            throw new DamagedLinkException(true);
        }
        Map<String, Object> answers = tokens.decode(token).orElseThrow(DamagedLinkException::new);
        if (advisor.scenarioProblem(scenario).isPresent()) {
            return Response.seeOther(context.addTo(UriBuilder.fromPath("/results").queryParam("a", token)).build())
                    .build();
        }
        ScoredAnswers scoring;
        try {
            scoring = advisor.score(answers, scenario);
        } catch (InvalidInputException e) {
            return Response.seeOther(context.addTo(UriBuilder.fromPath("/assess/{step}").queryParam("a", token)
                    .queryParam("check", true)).build(firstStepWithProblem(e.problems()))).build();
        }
        ResultsView.SaveForm save = context.editing()
                ? new ResultsView.SaveForm("/assessments/" + context.id() + "/revisions", "Save as a new revision",
                context.version(), null)
                : new ResultsView.SaveForm("/assessments", "Save this assessment", null, "");
        ResultsView view = ResultsViews.build(advisor.model(scoring.result().modelVersion()), scoring, advisor.whatIf(scoring),
                tokens.encode(scoring.answers().values()), null, save,
                context.withScenario(scoring.result().scenario()).query());
        String linkModel = m == null || m.isBlank() || m.equals(advisor.model().version()) ? null : m.strip();
        return Response.ok(ResultsPage.results(view, linkModel)).build();
    }

    private int firstStepWithProblem(List<FieldProblem> problems) {
        List<Section> sections = advisor.model().questionnaire().sections();
        for (int i = 0; i < sections.size(); i++) {
            for (FieldProblem p : problems) {
                String id = p.questionId().orElse("");
                if (sections.get(i).questions().stream().anyMatch(q -> q.id().equals(id))) {
                    return i + 1;
                }
            }
        }
        return 1;
    }
}
