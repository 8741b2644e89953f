package com.procurementrisk.assessment;

import com.procurementrisk.audit.AssessmentEvent;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.scoring.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only links to an assessment: a 256-bit random token shows the latest revision to
 * whoever has it, until it is revoked or passes its last day. A revoked or expired token answers
 * like one that never existed.
 */
@ApplicationScoped
@Transactional
public class ShareLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RevisionStore store;
    private final Event<AssessmentEvent> events;
    private final AssessmentAccess access;

    ShareLinks(RevisionStore store, Event<AssessmentEvent> events, AssessmentAccess access) {
        this.store = store;
        this.events = events;
        this.access = access;
    }

    /**
     * A new read-only link.
     *
     * @param expiresOn its last day (UTC), or null for a link that works until it is revoked
     * @throws InvalidInputException when that day has already passed
     */
    public SavedAssessment.Share share(UUID id, LocalDate expiresOn) {
        UUID workspace = access.editable(RevisionStore.entity(id)).workspaceId;
        if (expiresOn != null && expiresOn.isBefore(today())) {
            throw new InvalidInputException(List.of(new FieldProblem("expiresOn",
                    "The last day must be today or later (" + today() + ", UTC).")));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        ShareLinkEntity link = new ShareLinkEntity();
        link.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        link.assessmentId = id;
        link.createdAt = RevisionStore.now();
        link.expiresOn = expiresOn;
        link.persist();
        // The token is a credential: the log names the link by when it was made, never by its token.
        events.fire(new AssessmentEvent("share.created", id, null, expiresOn == null ? "no last day"
                : "last day " + expiresOn, workspace));
        return new SavedAssessment.Share(link.token, link.createdAt, null, expiresOn);
    }

    /** Every link of an assessment, revoked ones included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Share> shares(UUID id) {
        // Tokens are credentials: only those who may change the assessment see them.
        access.editable(RevisionStore.entity(id));
        return ShareLinkEntity.of(id).stream()
                .map(l -> new SavedAssessment.Share(l.token, l.createdAt, l.revokedAt, l.expiresOn)).toList();
    }

    /** Revokes a link of this assessment; the link then answers like any wrong token. */
    public void revoke(UUID id, String token) {
        UUID workspace = access.editable(RevisionStore.entity(id)).workspaceId;
        ShareLinkEntity link = ShareLinkEntity.<ShareLinkEntity>findByIdOptional(token)
                .filter(l -> l.assessmentId.equals(id))
                .orElseThrow(() -> new UnknownAssessmentException("No such share link."));
        if (link.revokedAt == null) {
            link.revokedAt = RevisionStore.now();
            events.fire(new AssessmentEvent("share.revoked", id, null, "link created " + link.createdAt,
                    workspace));
        }
    }

    /** The latest revision behind an active link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedAssessment> shared(String token) {
        return ShareLinkEntity.active(token, today()).flatMap(l -> store.find(l.assessmentId, null));
    }

    /** Today in UTC, the calendar of expiry dates. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
