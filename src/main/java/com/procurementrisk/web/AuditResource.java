package com.procurementrisk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.audit.AuditEntry;
import com.procurementrisk.audit.AuditFilter;
import com.procurementrisk.audit.AuditLog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import com.procurementrisk.access.Callers;
import com.procurementrisk.access.InstanceAdmin;
import com.procurementrisk.access.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audit log for administrators, newest first, with filters, and as JSON lines: the whole log
 * for an instance administrator, the entries of the workspaces they administer for a workspace
 * administrator.
 */
@Path("/admin")
@RolesAllowed({"admin", InstanceAdmin.ROLE})
public class AuditResource {

    /** How many entries the page shows (the export has up to {@link #EXPORT_LIMIT}). */
    static final int PAGE_LIMIT = 200;
    static final int EXPORT_LIMIT = 100_000;

    /** The page: the filter as typed, a message about a date that could not be read, and the entries. */
    public record AuditView(String action, String actor, String object, String from, String to, String problem,
                            List<Row> rows, String exportQuery, int limit) {
    }

    /** One entry as shown. */
    public record Row(String at, String actor, String action, String object, String address, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditView view);
    }

    private final AuditLog log;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Callers callers;

    AuditResource(AuditLog log, ObjectMapper json, SecurityIdentity identity, Callers callers) {
        this.log = log;
        this.json = json;
        this.identity = identity;
        this.callers = callers;
    }

    /** The workspaces whose entries the caller reads, or null for the whole log. */
    private Set<UUID> scope() {
        return identity.hasRole(InstanceAdmin.ROLE) ? null : callers.current().workspaces(Role.ADMIN);
    }

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String action, @RestQuery String actor, @RestQuery String object,
                         @RestQuery String from, @RestQuery String to) {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        boolean unreadable = !blank(from) && fromDay == null || !blank(to) && toDay == null;
        AuditFilter filter = new AuditFilter(action, actor, object, fromDay, toDay);
        List<Row> rows = log.search(filter, PAGE_LIMIT, scope()).stream().map(e -> new Row(Formats.when(e.at()), e.actor(),
                e.action(), e.object(), e.address(), e.detail())).toList();
        // Encoded by hand: UriBuilder would read "{...}" in a filter as a template to fill in.
        String query = query("action", action, "actor", actor, "object", object, "from", from, "to", to);
        AuditView view = new AuditView(nz(action), nz(actor), nz(object), nz(from), nz(to),
                unreadable ? "A date must be written as 2026-11-24." : null, rows, query, PAGE_LIMIT);
        return Response.status(unreadable ? 400 : 200).entity(Templates.audit(view)).build();
    }

    /** Every matching entry, newest first, one JSON object per line. */
    @GET
    @Path("audit.jsonl")
    @Produces("application/jsonl")
    public Response export(@RestQuery String action, @RestQuery String actor, @RestQuery String object,
                           @RestQuery String from, @RestQuery String to) {
        AuditFilter filter = new AuditFilter(action, actor, object, day(from), day(to));
        String lines = log.search(filter, EXPORT_LIMIT, scope()).stream().map(this::line).collect(Collectors.joining("\n"));
        return Response.ok(lines.isEmpty() ? "" : lines + "\n").type("application/jsonl; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.jsonl\"").build();
    }

    private String line(AuditEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate day(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The filter as a query string (names and values alternate), each value percent-encoded. */
    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(nz(namesAndValues[i + 1]), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return query.toString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
