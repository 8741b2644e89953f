package com.procurementrisk.audit;

import java.util.UUID;

/**
 * Something that happened to a saved assessment, fired (synchronously, inside the change's
 * transaction) for whoever keeps a record of it: the audit log.
 *
 * @param action   what happened: {@code assessment.saved}, {@code assessment.revised},
 *                 {@code assessment.rescored}, {@code assessment.imported}, {@code assessment.deleted},
 *                 {@code share.created}, {@code share.revoked}
 * @param revision the revision it produced, when it produced one
 * @param detail   a short, non-secret description (never a share token)
 * @param workspace the assessment's workspace: whose administrators read the entry
 */
public record AssessmentEvent(String action, UUID assessment, Integer revision, String detail, UUID workspace) {
}
