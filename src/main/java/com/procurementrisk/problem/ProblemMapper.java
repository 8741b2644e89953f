package com.procurementrisk.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.procurementrisk.assessment.ConflictException;
import com.procurementrisk.assessment.UnknownAssessmentException;
import com.procurementrisk.advice.InvalidInputException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every failure the application services and the framework raise into an RFC 9457
 * problem, for the JSON API and the pages alike: input errors name every bad field, anything
 * unexpected is logged and answered without internals.
 */
public class ProblemMapper {

    private static final String NOT_FOUND = "Nothing is found at this address.";

    private final ProblemResponses responses;
    private final com.procurementrisk.config.AdvisorConfig config;

    ProblemMapper(ProblemResponses responses, com.procurementrisk.config.AdvisorConfig config) {
        this.responses = responses;
        this.config = config;
    }

    /**
     * The database is out of reach (down, restarting, every connection broken) or its connection
     * pool is full: a 503 with {@code Retry-After}, so that clients can tell an outage from a bug.
     * Nothing was saved: the transaction never committed.
     */
    Response outage(DatabaseOutage.Kind kind, UriInfo uri, HttpHeaders headers) {
        Log.warnf("Database %s on %s: answered 503", kind == DatabaseOutage.Kind.BUSY ? "busy" : "out of reach",
                safePath(uri));
        return responses.retryLater(headers, outageProblem(kind, path(uri)), config.outage().retryAfter().toSeconds());
    }

    /** The problem of a database outage at {@code path}: out of reach, or every connection busy. */
    static ProblemDetail outageProblem(DatabaseOutage.Kind kind, String path) {
        if (kind == DatabaseOutage.Kind.BUSY) {
            return new ProblemDetail("/problems/database-busy", "Service Unavailable", 503,
                    "Saved assessments are out of reach for a moment (the database is busy with other requests). "
                            + "Nothing was saved or changed. Scoring and the questionnaire still work; please try "
                            + "again in a little while.", path, null);
        }
        return new ProblemDetail("/problems/database-unavailable", "Service Unavailable", 503,
                "Saved assessments are out of reach for a moment (the database does not answer). Nothing was saved "
                        + "or changed. Scoring and the questionnaire still work; please try again in a little while.",
                path, null);
    }

    /** Too many requests from one user or one address: 429 with the seconds until the next one is allowed. */
    @ServerExceptionMapper
    public Response rateLimited(com.procurementrisk.limits.RateLimitedException e, UriInfo uri, HttpHeaders headers) {
        return responses.retryLater(headers, new ProblemDetail("/problems/rate-limited", "Too Many Requests", 429,
                e.getMessage(), path(uri), null), e.retryAfterSeconds());
    }

    /** The server is at its limit for this kind of work (imports at once): 503 with Retry-After. */
    @ServerExceptionMapper
    public Response busy(com.procurementrisk.limits.ServerBusyException e, UriInfo uri, HttpHeaders headers) {
        return responses.retryLater(headers, new ProblemDetail("/problems/busy", "Service Unavailable", 503,
                e.getMessage(), path(uri), null), e.retryAfterSeconds());
    }

    /** A body over its limit, found while it was read (a declared length over it is refused before). */
    private Response tooLarge(UriInfo uri, HttpHeaders headers) {
        return problem(headers, new ProblemDetail("/problems/body-too-large", "Payload Too Large", 413,
                "The body is larger than the limit.", path(uri), null));
    }

    /** Answered like any address with nothing behind it: a wrong id and a revoked link look the same. */
    @ServerExceptionMapper
    public Response unknown(UnknownAssessmentException e, UriInfo uri, HttpHeaders headers) {
        return problem(headers, new ProblemDetail("about:blank", "Not Found", 404, NOT_FOUND, path(uri), null));
    }

    /** Saved assessments need a signed-in user: a browser goes to the sign-in page, a client gets 401. */
    @ServerExceptionMapper
    public Response notSignedIn(com.procurementrisk.access.SignInRequiredException e, UriInfo uri,
                                HttpHeaders headers) {
        String path = path(uri);
        if (responses.wantsPage(headers, path)) {
            return Response.seeOther(java.net.URI.create("/sign-in")).build();
        }
        return Response.fromResponse(problem(headers, new ProblemDetail("about:blank", "Unauthorized", 401,
                e.getMessage() + " Send a personal API token (Authorization: Bearer pra_...) or, with single sign-on,"
                        + " an access token of the identity provider.", path, null)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notAllowed(com.procurementrisk.assessment.NotAllowedException e, UriInfo uri, HttpHeaders headers) {
        return problem(headers, new ProblemDetail("about:blank", "Forbidden", 403, e.getMessage(), path(uri), null));
    }

    /** Signed in, but the role does not allow it (Quarkus would answer an empty 403). */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(headers, new ProblemDetail("about:blank", "Forbidden", 403,
                "You are signed in, but your role does not allow this.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
        return problem(headers, new ProblemDetail("/problems/edit-conflict", "Edit conflict", 409, e.getMessage(),
                path(uri), null));
    }

    /** Two saves of one assessment raced for the same revision number: the loser wrote nothing. */
    @ServerExceptionMapper
    public Response duplicateRevision(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
                                      HttpHeaders headers) {
        return lostRace(null, uri, headers);
    }

    /** Two saves of one assessment raced and this one lost: nothing of it was written. */
    @ServerExceptionMapper
    public Response lostRace(jakarta.persistence.OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return conflict(new ConflictException("This assessment was changed by someone else at the same moment. "
                + "Nothing was saved: open the latest revision, then make your change again."), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        List<ProblemDetail.FieldError> errors = e.problems().stream()
                .map(p -> new ProblemDetail.FieldError(p.field(), p.message())).toList();
        String detail = errors.size() == 1 ? "1 field is invalid: " + errors.get(0).field() + "."
                : errors.size() + " fields are invalid: " + errors.stream().map(ProblemDetail.FieldError::field)
                .collect(Collectors.joining(", ")) + ".";
        return problem(headers, new ProblemDetail("/problems/invalid-input", "Invalid input", 400, detail, path(uri), errors));
    }

    /** An uploaded risk model that fails the checks: every problem, with its place in the file. */
    @ServerExceptionMapper
    public Response invalidModel(com.procurementrisk.scoring.load.InvalidModelException e, UriInfo uri,
                                 HttpHeaders headers) {
        List<ProblemDetail.FieldError> errors = e.problems().stream().map(ProblemMapper::modelError).toList();
        return problem(headers, new ProblemDetail("/problems/invalid-model", "Invalid risk model", 422,
                "The model has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                        + " and was not stored or activated.", path(uri), errors));
    }

    /** "questions[2].label: must not be empty" names its place; a problem of the whole file has none. */
    private static ProblemDetail.FieldError modelError(String problem) {
        int colon = problem.indexOf(": ");
        String where = colon < 0 ? "" : problem.substring(0, colon);
        if (colon < 0 || where.contains(" ")) {
            return new ProblemDetail.FieldError("model", problem);
        }
        return new ProblemDetail.FieldError(where.isBlank() ? "model" : where, problem.substring(colon + 2));
    }

    @ServerExceptionMapper
    public Response modelVersionExists(com.procurementrisk.models.ModelVersionConflictException e, UriInfo uri,
                                       HttpHeaders headers) {
        return problem(headers, new ProblemDetail("/problems/model-version-exists", "Model version exists", 409,
                e.getMessage(), path(uri), List.of(new ProblemDetail.FieldError("model.version",
                "Version " + e.version() + " is taken by a model with a different text."))));
    }

    @ServerExceptionMapper
    public Response unknownModelVersion(com.procurementrisk.models.UnknownModelVersionException e, UriInfo uri,
                                        HttpHeaders headers) {
        return problem(headers, new ProblemDetail("about:blank", "Not Found", 404, e.getMessage(), path(uri), null));
    }

    /** Bean Validation of a request: every violated field in the problem's errors. */
    @ServerExceptionMapper
    public Response violations(jakarta.validation.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return invalidInput(new InvalidInputException(Violations.problems(e.getConstraintViolations())), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return readFailure(e, uri, headers);
    }

    /** More specific than Quarkus' own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return readFailure(e, uri, headers);
    }

    /** Jackson wraps what stopped the reading; a body over the limit is a 413, not a type error. */
    private Response readFailure(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException w && w.getResponse().getStatus() == 413) {
                return tooLarge(uri, headers);
            }
        }
        return problem(headers, JsonProblems.describe(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return readFailure(json, uri, headers);
        }
        if (status == 413) {
            return tooLarge(uri, headers);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // A path or query value that is not of its parameter's type (JAX-RS would answer 404).
            return problem(headers, new ProblemDetail("/problems/invalid-input", "Invalid input", 400,
                    "A value in the address is not of the right kind: an assessment id, or a whole number.",
                    path(uri), null));
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> NOT_FOUND;
            case 401 -> "Sign in to see this.";
            case 403 -> "You are signed in, but your role does not allow this.";
            default -> e.getMessage();
        };
        return problem(headers, new ProblemDetail("about:blank", title, status, detail, path(uri), null));
    }

    /**
     * A form body or address with broken percent-encoding, or a header that is not a media type:
     * the client's mistake. The framework's message quotes the request, so it is not logged.
     */
    @ServerExceptionMapper
    public Response malformed(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        if (MalformedRequests.isDecoding(e)) {
            return problem(headers, MalformedRequests.brokenEncoding(path(uri)));
        }
        if (MalformedRequests.isMediaType(e)) {
            String type = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return problem(null, MalformedRequests.malformedHeader(path(uri),
                    type != null && !HttpEdgeFailures.validMediaType(type)));
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        Optional<DatabaseOutage.Kind> outage = DatabaseOutage.kind(e);
        if (outage.isPresent()) {
            return outage(outage.get(), uri, headers);
        }
        if (MalformedRequests.isUnreadable(e)) {
            return problem(headers, MalformedRequests.unreadable(path(uri)));
        }
        if (lostRace(e)) {
            // Found at commit (a delete racing a revision): wrapped in the transaction's own exception.
            return lostRace(null, uri, headers);
        }
        if (clientGone(e)) {
            // The connection closed while its body was being read (a client that went away, or one cut off
            // by limits/SlowBodies after its 408): nobody reads an answer, and nothing here went wrong.
            Log.debugf("Connection closed while reading the request body of %s", safePath(uri));
            return problem(headers, MalformedRequests.unreadable(path(uri)));
        }
        Log.errorf(e, "Unexpected failure on %s", safePath(uri));
        return problem(headers, new ProblemDetail("about:blank", "Internal Server Error", 500,
                "The request could not be completed. It has been logged; please try again later.", path(uri), null));
    }

    /** Whether a failure was caused by another transaction changing or deleting the same rows first. */
    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Response problem(HttpHeaders headers, ProblemDetail problem) {
        return responses.answer(headers, problem);
    }

    /** Share tokens are credentials: keep them out of the log. */
    private static String safePath(UriInfo uri) {
        return LoggedPaths.masked(path(uri));
    }

    private static String path(UriInfo uri) {
        return ProblemResponses.path(uri);
    }

    /** Whether the failure is the connection closing under a blocking read of the request's body. */
    private static boolean clientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
