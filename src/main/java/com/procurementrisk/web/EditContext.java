package com.procurementrisk.web;


import jakarta.ws.rs.core.UriBuilder;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the questionnaire carries along in links and forms besides the answers: which saved
 * assessment (and which version of it) is being edited, and the scenario the results were shown
 * under, so that changing an answer keeps it. Empty when answering from scratch.
 *
 * @param scenario a scenario id, or null for the model's default
 */
public record EditContext(UUID id, Long version, String scenario) {

    static final EditContext NONE = new EditContext(null, null, null);
    /** What a scenario id of the risk model can look like (checked against the model where it is used). */
    private static final Pattern SCENARIO_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    /** From request values; anything unreadable means "not editing". */
    static EditContext of(String id, Object version) {
        return of(id, version, null);
    }

    /**
     * From request values; anything unreadable means "not editing"; a blank scenario means the default,
     * and so does one that cannot be a scenario id (links are built from it, and a "{" would be read as a
     * template by UriBuilder).
     */
    static EditContext of(String id, Object version, String scenario) {
        String kept = scenario == null || !SCENARIO_ID.matcher(scenario.strip()).matches() ? null : scenario.strip();
        if (id == null || id.isBlank() || version == null) {
            return new EditContext(null, null, kept);
        }
        try {
            return new EditContext(UUID.fromString(id.strip()), Long.valueOf(version.toString().strip()), kept);
        } catch (IllegalArgumentException e) {
            return new EditContext(null, null, kept);
        }
    }

    /** The same context, for results shown under {@code scenarioId}. */
    EditContext withScenario(String scenarioId) {
        return new EditContext(id, version, scenarioId);
    }

    public boolean editing() {
        return id != null;
    }

    UriBuilder addTo(UriBuilder uri) {
        UriBuilder result = editing() ? uri.queryParam("edit", id).queryParam("v", version) : uri;
        return scenario == null ? result : result.queryParam("scenario", scenario);
    }

    /** The same parameters as {@link #addTo}, as a query string to append to a link that already has some. */
    public String query() {
        String query = addTo(UriBuilder.fromPath("")).build().getRawQuery();
        return query == null ? "" : "&" + query;
    }
}
