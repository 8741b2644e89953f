package com.procurementrisk.web;


import jakarta.ws.rs.core.UriBuilder;

import java.util.UUID;

/**
 * What the questionnaire carries along in links and forms besides the answers: which saved
 * assessment (and which version of it) is being edited, and the scenario the results were shown
 * under, so that changing an answer keeps it. Empty when answering from scratch.
 *
 * @param scenario a scenario id, or null for the model's default
 */
public record EditContext(UUID id, Long version, String scenario) {

    static final EditContext NONE = new EditContext(null, null, null);

    /** From request values; anything unreadable means "not editing". */
    static EditContext of(String id, Object version) {
        return of(id, version, null);
    }

    /** From request values; anything unreadable means "not editing"; a blank scenario means the default. */
    static EditContext of(String id, Object version, String scenario) {
        String kept = scenario == null || scenario.isBlank() ? null : scenario.strip();
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
