package com.procurementrisk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A model version as administrators see it.
 *
 * @param source      {@link #BUILT_IN} (shipped with the application) or {@link #UPLOADED}
 * @param status      {@code active}; {@code draft} (uploaded, never active); {@code retired} (active
 *                    before, not now); {@code available} (shipped, never active)
 * @param uploadedBy  who uploaded it (null for a shipped version)
 * @param activatedBy who activated it last (null if never)
 */
public record ModelVersion(String version, String modelId, String title, LocalDate asOf, String source,
                           String status, String uploadedBy, OffsetDateTime uploadedAt, String activatedBy,
                           OffsetDateTime activatedAt) {

    public static final String BUILT_IN = "built-in";
    public static final String UPLOADED = "uploaded";

    public boolean active() {
        return "active".equals(status);
    }

    public boolean draft() {
        return "draft".equals(status);
    }
}
