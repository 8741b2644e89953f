package com.procurementrisk.assessment;

import com.procurementrisk.scoring.ScoringResult;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One revision of a saved assessment, as it was saved.
 *
 * @param version  the assessment's optimistic-lock version: send it back to save a new revision
 * @param revision this revision's number (1 = first save)
 * @param latest   the number of the assessment's latest revision
 * @param workspace the name of the workspace it belongs to
 */
public record SavedAssessment(UUID id, String title, OffsetDateTime created, OffsetDateTime updated, long version,
                              int revision, int latest, OffsetDateTime revisionCreated, String modelId,
                              String modelVersion, String scenario, Map<String, Object> answers,
                              ScoringResult result, String note, String workspace) {

    /** A line of a list or history. */
    public record Summary(UUID id, String title, int revision, OffsetDateTime saved, String modelVersion,
                          String scenario, List<String> ranking, String note) {
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A read-only link. */
    /** A read-only link; {@code expiresOn} is its last day (UTC), or null for no end. */
    public record Share(String token, OffsetDateTime created, OffsetDateTime revoked, java.time.LocalDate expiresOn) {

        /** Whether the link has passed its last day. */
        public boolean expired(java.time.LocalDate today) {
            return expiresOn != null && today.isAfter(expiresOn);
        }
    }
}
