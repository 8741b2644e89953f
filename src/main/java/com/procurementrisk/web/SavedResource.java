package com.procurementrisk.web;

import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.Rescoring;
import com.procurementrisk.assessment.ShareLinks;
import com.procurementrisk.assessment.SavedAssessment;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import com.procurementrisk.assessment.Rescoring;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** One saved assessment in the browser: save, open a revision, revise, share, re-score. Every form posts and redirects. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SavedResource {

    private final SavedAssessments assessments;
    private final ShareLinks shareLinks;
    private final Rescoring rescoring;
    private final AnswerToken tokens;
    private final SavedPages pages;

    SavedResource(SavedAssessments assessments, ShareLinks shareLinks, Rescoring rescoring, AnswerToken tokens,
                  SavedPages pages) {
        this.assessments = assessments;
        this.shareLinks = shareLinks;
        this.rescoring = rescoring;
        this.tokens = tokens;
        this.pages = pages;
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("a") String token, @RestForm String scenario, @RestForm String title,
                         @RestForm String workspace) {
        Map<String, Object> answers = tokens.decode(token).orElseThrow(DamagedLinkException::new);
        SavedAssessment saved = assessments.create(title, answers, blankToNull(scenario), null, blankToNull(workspace));
        return Response.seeOther(URI.create("/assessments/" + saved.id())).build();
    }

    @GET
    @Path("assessments/{id}")
    public TemplateInstance latest(@RestPath UUID id, @Context UriInfo uri) {
        return page(assessments.get(RevisionRef.latest(id)),
                "/assessments/" + id + "/report.pdf", uri);
    }

    @GET
    @Path("assessments/{id}/revisions/{revision}")
    public TemplateInstance revision(@RestPath UUID id, @RestPath int revision, @Context UriInfo uri) {
        return page(assessments.get(new RevisionRef(id, revision)),
                "/assessments/" + id + "/revisions/" + revision + "/report.pdf", uri);
    }

    /** Saves changed answers as the next revision; a stale version gets 409 and saves nothing. */
    @POST
    @Path("assessments/{id}/revisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath UUID id, @RestForm("a") String token, @RestForm String scenario,
                           @RestForm Long version, @RestForm String note) {
        Map<String, Object> answers = tokens.decode(token).orElseThrow(DamagedLinkException::new);
        if (version == null) {
            throw new DamagedLinkException();
        }
        assessments.revise(id, version, null, answers, blankToNull(scenario), note);
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    @POST
    @Path("assessments/{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@RestPath UUID id, @RestForm String expiresOn) {
        shareLinks.share(id, lastDay(expiresOn));
        return Response.seeOther(URI.create("/assessments/" + id + "#sharing")).build();
    }

    @POST
    @Path("assessments/{id}/shares/{token}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath UUID id, @RestPath String token) {
        shareLinks.revoke(id, token);
        return Response.seeOther(URI.create("/assessments/" + id + "#sharing")).build();
    }

    /** A read-only view behind a share link; unknown and revoked links are 404. */
    @GET
    @Path("shared/{token}")
    public TemplateInstance shared(@RestPath String token) {
        SavedAssessment a = shareLinks.shared(token).orElseThrow(NotFoundException::new);
        return ResultsPage.results(pages.view(a, true, "/shared/" + token + "/report.pdf"), null);
    }

    private TemplateInstance page(SavedAssessment a, String reportHref, UriInfo uri) {
        return ResultsPage.results(pages.view(a, false, reportHref), null);
    }

    /** Re-scores the latest revision under the current model, as the next revision. */
    @POST
    @Path("assessments/{id}/rescore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rescore(@RestPath UUID id, @RestForm Long version) {
        if (version == null) {
            throw new DamagedLinkException();
        }
        int revision = rescoring.rescore(id, version, null, null).assessment().revision();
        // Same answers, new model: everything the comparison shows is what the model changed.
        return Response.seeOther(URI.create("/compare?left=" + id + ":" + (revision - 1) + "&right=" + id + ":"
                + revision)).build();
    }

    /** The optional last day of a link, from a date field ({@code 2026-12-31}). */
    private static java.time.LocalDate lastDay(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new com.procurementrisk.advice.InvalidInputException(java.util.List.of(new com.procurementrisk.scoring.FieldProblem(
                    "expiresOn", "A date such as 2026-12-31.")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
