package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.scoring.AnswerReading;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questionnaire, one section per step, generated from the risk model. */
@Path("/assess")
@Produces(MediaType.TEXT_HTML)
@com.procurementrisk.access.OpenToAnonymous
public class QuestionnaireResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(StepView view);
    }

    private final ScoringService advisor;
    private final AnswerToken tokens;

    QuestionnaireResource(ScoringService advisor, AnswerToken tokens) {
        this.advisor = advisor;
        this.tokens = tokens;
    }

    /** Opens the chosen step (from the "change the answers of" form on the results pages). */
    @GET
    @Path("/go")
    public Response go(@RestQuery int step, @RestQuery("a") String token, @RestQuery String edit, @RestQuery Long v,
                       @RestQuery String scenario) {
        int target = Math.max(1, Math.min(step, total()));
        // The answer token is passed as a value of build(), not put in the template, where a "{" in it
        // would be read as a template parameter.
        return seeOther(EditContext.of(edit, v, scenario).addTo(UriBuilder.fromPath("/assess/{step}")
                .queryParam("a", "{a}")).build(target, token == null ? "" : token));
    }

    /** A step; with {@code check} it also shows what is wrong with the answers of that step. */
    @GET
    @Path("/{step}")
    public Response show(@RestPath int step, @RestQuery("a") String token, @RestQuery boolean check,
                         @RestQuery String edit, @RestQuery Long v, @RestQuery String scenario) {
        Section section = section(step);
        Map<String, Object> answers = tokens.decode(token).orElseThrow(DamagedLinkException::new);
        AnswerReading reading = advisor.check(answers);
        Map<String, String> errors = check ? errorsOf(section, reading) : Map.of();
        StepView view = StepViews.build(advisor.model(), step, answers, reading, null, errors,
                tokens.encode(answers), EditContext.of(edit, v, scenario));
        return Response.status(errors.isEmpty() ? 200 : 400).entity(Templates.step(view)).build();
    }

    @POST
    @Path("/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath int step, MultivaluedMap<String, String> form) {
        Section section = section(step);
        Map<String, Object> earlier = tokens.decode(form.getFirst("a")).orElseThrow(DamagedLinkException::new);
        EditContext edit = EditContext.of(form.getFirst("edit"), form.getFirst("v"), form.getFirst("scenario"));
        FormAnswers sent = FormAnswers.read(section, form);
        Map<String, Object> answers = sent.over(section, earlier);
        AnswerReading reading = advisor.check(answers);
        if ("back".equals(form.getFirst("nav"))) {
            Map<String, Object> kept = new LinkedHashMap<>(answers);
            errorsOf(section, reading).keySet().forEach(kept::remove);
            return seeOther(step == 1 ? URI.create("/") : stepUri(step - 1, kept, edit));
        }
        Map<String, String> errors = new LinkedHashMap<>(errorsOf(section, reading));
        errors.putAll(sent.errors());
        if (!errors.isEmpty()) {
            StepView view = StepViews.build(advisor.model(), step, answers, reading, sent.submitted(),
                    errors, tokens.encode(earlier), edit);
            return Response.status(400).entity(Templates.step(view)).build();
        }
        Map<String, Object> valid = reading.answers().values();
        return seeOther(step == total() ? edit.addTo(UriBuilder.fromPath("/results").queryParam("a", tokens.encode(valid)))
                .build() : stepUri(step + 1, valid, edit));
    }

    private URI stepUri(int step, Map<String, Object> answers, EditContext edit) {
        return edit.addTo(UriBuilder.fromPath("/assess/{step}").queryParam("a", tokens.encode(answers))).build(step);
    }

    /** The problems of this step's questions, by question id. */
    private static Map<String, String> errorsOf(Section section, AnswerReading reading) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : reading.problems()) {
            p.questionId().filter(id -> section.questions().stream().map(Question::id).anyMatch(id::equals))
                    .ifPresent(id -> errors.put(id, p.message()));
        }
        return errors;
    }

    private Section section(int step) {
        List<Section> sections = advisor.model().questionnaire().sections();
        if (step < 1 || step > sections.size()) {
            throw new NotFoundException();
        }
        return sections.get(step - 1);
    }

    private int total() {
        RiskModel model = advisor.model();
        return model.questionnaire().sections().size();
    }

    private static Response seeOther(URI location) {
        return Response.seeOther(location).build();
    }
}
