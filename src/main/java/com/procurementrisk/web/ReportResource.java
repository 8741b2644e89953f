package com.procurementrisk.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.procurementrisk.assessment.RevisionRef;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.ShareLinks;
import com.procurementrisk.assessment.SavedAssessment;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * PDF reports of saved assessments, with the content of the printable results page. Runs on
 * a worker thread: rendering blocks.
 */
@Path("/")
public class ReportResource {

    static final String PDF = "application/pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ResultsView view);
    }

    private final SavedAssessments assessments;

    private final ShareLinks shareLinks;
    private final SavedPages pages;

    ReportResource(SavedAssessments assessments, ShareLinks shareLinks, SavedPages pages) {

        this.shareLinks = shareLinks;
        this.assessments = assessments;
        this.pages = pages;
    }

    @GET
    @Path("assessments/{id}/report.pdf")
    @Produces(PDF)
    public Response latest(@RestPath UUID id) {
        return pdf(assessments.get(RevisionRef.latest(id)), false);
    }

    @GET
    @Path("assessments/{id}/revisions/{revision}/report.pdf")
    @Produces(PDF)
    public Response revision(@RestPath UUID id, @RestPath int revision) {
        return pdf(assessments.get(new RevisionRef(id, revision)), false);
    }

    @GET
    @Path("shared/{token}/report.pdf")
    @Produces(PDF)
    public Response shared(@RestPath String token) {
        return pdf(shareLinks.shared(token).orElseThrow(NotFoundException::new), true);
    }

    private Response pdf(SavedAssessment a, boolean readOnly) {
        byte[] pdf = pdf(Templates.report(pages.view(a, readOnly, null)).render());
        return Response.ok(pdf).type(PDF).header("Content-Disposition",
                "inline; filename=\"" + fileName(a) + "\"").build();
    }

    /** The report's XHTML as a tagged PDF. */
    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged (PDF/UA): headings, lists and tables are structure a screen reader can follow; the
            // document title and language come from the template's <title> and lang. PDF/UA needs
            // every font embedded, so the report brings its own.
            builder.usePdfUaAccessbility(true);
            for (ReportFont font : ReportFont.values()) {
                builder.useFont(font::open, ReportFont.FAMILY, font.weight, font.style, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF report could not be written", e);
        }
        return out.toByteArray();
    }

    /** The report's file name from the assessment's title and the revision's date, e.g. {@code eu-claims-assistant-2026-11-24-r2.pdf}. */
    static String fileName(SavedAssessment a) {
        String slug = java.text.Normalizer.normalize(a.title(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        String date = a.revisionCreated() == null ? "" : "-" + a.revisionCreated().toLocalDate();
        return (slug.isEmpty() ? "assessment" : slug) + date + "-r" + a.revision() + ".pdf";
    }
}
