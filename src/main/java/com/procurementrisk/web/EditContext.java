package com.procurementrisk.web;

import jakarta.ws.rs.core.UriBuilder;

import java.util.UUID;

/**
 * Which saved assessment (and which version of it) the questionnaire is editing, carried in
 * links and forms like the answers themselves. Empty when answering from scratch.
 */
public record EditContext(UUID id, Long version) {

    static final EditContext NONE = new EditContext(null, null);

    /** From request values; anything unreadable means "not editing". */
    static EditContext of(String id, Object version) {
        if (id == null || id.isBlank() || version == null) {
            return NONE;
        }
        try {
            return new EditContext(UUID.fromString(id.strip()), Long.valueOf(version.toString().strip()));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    public boolean editing() {
        return id != null;
    }

    UriBuilder addTo(UriBuilder uri) {
        return editing() ? uri.queryParam("edit", id).queryParam("v", version) : uri;
    }

    /** The query string to append to a link that already has parameters. */
    public String query() {
        return editing() ? "&edit=" + id + "&v=" + version : "";
    }
}
