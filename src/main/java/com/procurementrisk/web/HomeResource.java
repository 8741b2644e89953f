package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/** The front page: what the tool assesses, how current its knowledge is, how long it takes. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    /** What the front page shows. */
    public record HomeView(String title, String summary, String version, LocalDate asOf, int questions, int sections,
                           int minutes, List<String> pathways, int factors, int scenarios) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(HomeView view);
    }

    private final ScoringService advisor;

    HomeResource(ScoringService advisor) {
        this.advisor = advisor;
    }

    @GET
    public TemplateInstance index() {
        RiskModel m = advisor.model();
        int questions = m.questionnaire().questions().size();
        return Templates.index(new HomeView(m.info().title(), m.info().summary(), m.version(), m.info().asOf(),
                questions, m.questionnaire().sections().size(), Math.max(5, (questions * 20 + 59) / 60),
                m.pathways().stream().map(p -> p.title()).toList(), m.factors().size(), m.scenarios().size()));
    }
}
