package com.procurementrisk.assessment;

import java.util.Optional;
import java.util.UUID;

/**
 * An assessment, or one revision of it, as written in links: {@code <id>} (latest revision)
 * or {@code <id>:<revision>}.
 */
public record RevisionRef(UUID id, Integer revision) {

    /** The latest revision of an assessment. */
    public static RevisionRef latest(UUID id) {
        return new RevisionRef(id, null);
    }

    /** The reference in {@code text}, or empty when it is not one. */
    public static Optional<RevisionRef> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":", 2);
        try {
            return Optional.of(new RevisionRef(UUID.fromString(parts[0]),
                    parts.length > 1 ? Integer.valueOf(parts[1]) : null));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
