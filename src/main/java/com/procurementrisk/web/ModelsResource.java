package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.assessment.Preview;
import com.procurementrisk.assessment.Rescoring;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.models.ModelVersion;
import com.procurementrisk.models.ModelVersionConflictException;
import com.procurementrisk.models.ModelVersions;
import com.procurementrisk.scoring.ResultDiff;
import com.procurementrisk.scoring.load.InvalidModelException;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.procurementrisk.access.InstanceAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/**
 * Model versions for instance administrators: every version with its status, an upload form (a file or
 * pasted text; every problem shown beside the field, nothing stored), a preview of a version on
 * a saved assessment, and activation after a confirmation. Every form posts and redirects.
 */
@Path("/admin/models")
@RolesAllowed(InstanceAdmin.ROLE)
@Produces(MediaType.TEXT_HTML)
public class ModelsResource {

    /** The page; {@code problems} and {@code text}: a refused upload, shown beside the field with the text kept. */
    public record ModelsView(List<Row> versions, String done, List<String> problems, String text,
                             List<CompareResource.Option> previewVersions,
                             List<CompareResource.Option> assessments, PreviewView preview, String refreshInterval) {
    }

    /** One version as listed. */
    public record Row(String version, String title, String asOf, String source, String status, String uploaded,
                      String activated, boolean active) {
    }

    /** A preview: the assessment, the version, and what would change (or the answers it refuses). */
    public record PreviewView(String assessment, String assessmentTitle, String savedModelVersion, String version,
                              List<CompareResource.Row> pathways, List<String> factors, List<String> added,
                              List<String> removed, List<String> refused, boolean nothingChanges) {
    }

    /** What the activation asks to confirm. */
    public record ActivateView(ModelVersion version, String activeVersion, String refreshInterval) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance models(ModelsView view);

        static native TemplateInstance activate(ActivateView view);
    }

    private static final String PAGE = "/admin/models";

    private final ModelVersions versions;
    private final Rescoring rescoring;
    private final SavedAssessments assessments;
    private final ScoringService advisor;
    private final String refreshInterval;
    private final Flash flash;

    ModelsResource(ModelVersions versions, Rescoring rescoring, SavedAssessments assessments, ScoringService advisor,
                   com.procurementrisk.config.AdvisorConfig config, Flash flash) {
        this.flash = flash;
        this.versions = versions;
        this.rescoring = rescoring;
        this.assessments = assessments;
        this.advisor = advisor;
        this.refreshInterval = config.model().refreshInterval().toSeconds() + " seconds";
    }

    @GET
    public Response page(@RestQuery String preview, @RestQuery String assessment) {
        String done = flash.take(PAGE);
        PreviewView shown = null;
        UUID chosen = id(assessment);
        if (preview != null && !preview.isBlank() && chosen != null) {
            shown = preview(preview.strip(), chosen);
        }
        return Response.ok(page(done, List.of(), "", preview, assessment, shown)).build();
    }

    /** Stores a valid upload as a draft; a refused one shows the page again with every problem. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String text) {
        String model = read(file, text);
        try {
            ModelVersions.Upload upload = versions.upload(model);
            String done = upload.created()
                    ? "Version " + upload.version().version() + " was uploaded as a draft. Preview it, then activate it."
                    : "Version " + upload.version().version() + " was already there with exactly this text.";
            return flash.redirect(PAGE, done);
        } catch (InvalidModelException e) {
            return Response.status(422).entity(page(null, e.problems(), model, null, null, null)).build();
        } catch (ModelVersionConflictException e) {
            return Response.status(409).entity(page(null, List.of(e.getMessage()), model, null, null, null)).build();
        }
    }

    /** Asks before activating. */
    @GET
    @Path("{version}/activate")
    public TemplateInstance confirmActivation(@RestPath String version) {
        return Templates.activate(new ActivateView(versions.get(version), advisor.model().version(), refreshInterval));
    }

    @POST
    @Path("{version}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@RestPath String version) {
        ModelVersion active = versions.activate(version);
        return flash.redirect(PAGE, "Version " + active.version()
                + " is active. New assessments are scored with it; every replica follows within " + refreshInterval
                + ".");
    }

    private PreviewView preview(String version, UUID assessment) {
        RiskModel model = versions.model(version);
        Preview p = rescoring.preview(assessment, model);
        String title = p.assessment().title() + " (revision " + p.assessment().revision() + ")";
        if (p.changes() == null) {
            return new PreviewView(assessment.toString(), title, p.assessment().modelVersion(), version, List.of(),
                    List.of(), List.of(), List.of(), p.refused().stream().map(f -> f.field() + ": " + f.message())
                    .toList(), false);
        }
        ResultDiff d = p.changes();
        List<CompareResource.Row> rows = d.pathways().stream().map(c -> new CompareResource.Row(
                Formats.pathwayTitle(model, c.pathway()), CompareResource.side(c.left()),
                CompareResource.side(c.right()), c.changed())).toList();
        List<String> factors = d.factors().stream().map(f -> Formats.pathwayTitle(model, f.pathway()) + ", "
                + f.dimension() + ": " + f.title() + " " + CompareResource.number(f.left()) + " \u2192 "
                + CompareResource.number(f.right())).toList();
        List<String> added = d.recommendations().stream().filter(ResultDiff.RecommendationChange::added)
                .map(r -> r.title() + " (" + Formats.pathwayTitle(model, r.pathway()) + ")").toList();
        List<String> removed = d.recommendations().stream().filter(r -> !r.added())
                .map(r -> r.title() + " (" + Formats.pathwayTitle(model, r.pathway()) + ")").toList();
        return new PreviewView(assessment.toString(), title, p.assessment().modelVersion(), version, rows, factors,
                added, removed, List.of(), d.isEmpty());
    }

    private TemplateInstance page(String done, List<String> problems, String text, String previewVersion,
                                  String assessment, PreviewView preview) {
        List<ModelVersion> all = versions.list();
        List<Row> rows = all.stream().map(v -> new Row(v.version(), v.title(), v.asOf().toString(), v.source(),
                v.status(), v.uploadedBy() == null ? "" : v.uploadedBy() + ", " + Formats.when(v.uploadedAt()),
                v.activatedBy() == null ? "" : v.activatedBy() + ", " + Formats.when(v.activatedAt()), v.active()))
                .toList();
        List<CompareResource.Option> choices = all.stream().map(v -> new CompareResource.Option(v.version(),
                v.version() + " (" + v.status() + ")", v.version().equals(previewVersion)
                        || previewVersion == null && v.draft())).toList();
        List<CompareResource.Option> saved = assessments.search(null, CompareResource.OPTIONS).stream()
                .map(a -> new CompareResource.Option(a.id().toString(), a.title() + " (revision " + a.revision()
                        + ", model " + a.modelVersion() + ")", a.id().toString().equals(assessment))).toList();
        return Templates.models(new ModelsView(rows, done, problems, text, choices, saved, preview, refreshInterval));
    }

    private static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The uploaded file when one was chosen, else the pasted text. */
    private static String read(FileUpload file, String text) {
        if (file != null && file.size() > 0) {
            try {
                return new String(Files.readAllBytes(file.uploadedFile()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text == null ? "" : text;
    }
}
