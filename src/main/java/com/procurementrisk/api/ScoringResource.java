package com.procurementrisk.api;

import com.procurementrisk.problem.ProblemDetail;
import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.problem.Violations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The questionnaire, the scenarios and stateless scoring. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring", description = "Score a buyer's answers against the current risk model")
@com.procurementrisk.access.OpenToAnonymous
public class ScoringResource {

    /** The costlier analysis this version offers on request. */
    static final String SENSITIVITY = "sensitivity";
    /** Named by the API contract; not offered by this version yet (reported in unavailableAnalyses). */
    static final String EXPOSURE = "exposure";

    private static final String ETAG = "The document's version; send it back as If-None-Match to get 304 while it is unchanged";
    private static final String NOT_MODIFIED = "Unchanged since the ETag given in If-None-Match (no body)";

    private final ScoringService advisor;
    private final Validator validator;
    private final StaticDocuments documents;
    /** Writes a response without its explanations (request "detail": "summary"). */
    private final ObjectWriter summary;

    ScoringResource(ScoringService advisor, Validator validator, StaticDocuments documents, ObjectMapper json) {
        this.advisor = advisor;
        this.validator = validator;
        this.documents = documents;
        this.summary = json.writerWithView(ScoreResponse.Summary.class).forType(ScoreResponse.class);
    }

    @GET
    @Path("/questionnaire")
    @Operation(summary = "The questionnaire of the current risk model",
            description = "Sections and questions with their ids, types, choices and the conditions under which they apply.")
    @APIResponse(responseCode = "200", description = "The questionnaire", headers = @Header(name = "ETag", description = ETAG,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "406", description = "The client accepts no JSON", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response questionnaire(@Context Request request) {
        return StaticDocuments.respond(documents.questionnaire(advisor.model()), request);
    }

    @GET
    @Path("/scenarios")
    @Operation(summary = "The scenarios the current risk model knows",
            description = "Possible states of the world with their probabilities and sources; one is the default.")
    @APIResponse(responseCode = "200", description = "The scenarios", headers = @Header(name = "ETag", description = ETAG,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenariosResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "406", description = "The client accepts no JSON", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response scenarios(@Context Request request) {
        return StaticDocuments.respond(documents.scenarios(advisor.model()), request);
    }

    @POST
    @Path("/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score answers without saving them",
            description = "Returns contractual, availability and overall scores for every pathway under the chosen "
                    + "scenario, with every factor's contribution explained, the recommendations that apply, and the "
                    + "scores under every scenario. The same request always gives the same response.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreRequest.class),
            examples = @ExampleObject(name = "eu_insurer", ref = "ScoreRequest")))
    @APIResponse(responseCode = "200", description = "Scored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreResponse.class),
                    examples = @ExampleObject(name = "eu_insurer", ref = "ScoreResponse")))
    @APIResponse(responseCode = "400", description = "Invalid answers, unknown scenario or malformed JSON",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "invalid_answers", ref = "InvalidAnswers")))
    @APIResponse(responseCode = "413", description = "Body over 256 KiB",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response score(ScoreRequest request) throws JsonProcessingException {
        checkShape(request);
        ScoredAnswers scoring = advisor.score(request.answers(), request.scenario());
        List<String> include = request.include() == null ? List.of() : request.include();
        ScoreResponse response = ApiMapper.score(scoring, include.contains(SENSITIVITY) ? advisor.whatIf(scoring) : null);
        if (include.contains(EXPOSURE)) {
            response = response.withUnavailable(List.of(EXPOSURE));
        }
        return Response.ok(request.summary() ? summary.writeValueAsBytes(response) : response,
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Refuses what the answers cannot even be read from, naming every such field (the request's
     * constraints, checked here rather than before the call so that the answers' and the
     * scenario's problems are named in the same answer).
     */
    private void checkShape(ScoreRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "A JSON object with 'answers' is required.")));
        }
        List<FieldProblem> problems = new ArrayList<>(Violations.problems(validator.validate(request)));
        List<String> include = request.include() == null ? List.of() : request.include();
        if (request.detail() != null && !request.summary() && !ScoreRequest.FULL.equals(request.detail())) {
            problems.add(new FieldProblem("detail", "Unknown detail '" + request.detail() + "'; expected one of ["
                    + ScoreRequest.FULL + ", " + ScoreRequest.SUMMARY + "]."));
        }
        for (int i = 0; i < include.size(); i++) {
            if (!SENSITIVITY.equals(include.get(i)) && !EXPOSURE.equals(include.get(i))) {
                problems.add(new FieldProblem("include[" + i + "]", "Unknown analysis '" + include.get(i)
                        + "'; known: [" + SENSITIVITY + ", " + EXPOSURE + "]."));
            }
        }
        if (!problems.isEmpty()) {
            // Name every bad field at once: the answers and the scenario too.
            advisor.scenarioProblem(request.scenario()).ifPresent(problems::add);
            if (request.answers() != null) {
                problems.addAll(advisor.check(request.answers()).problems());
            }
            throw new InvalidInputException(problems);
        }
    }
}
