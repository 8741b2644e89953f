package com.procurementrisk.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A read-only link to an assessment; the token holds 256 random bits. */
@Entity
@Table(name = "share_link")
public class ShareLinkEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String token;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The last day (UTC) the link works, or null for no end. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** A link that works today: known, not revoked, not past its last day. */
    public static Optional<ShareLinkEntity> active(String token, LocalDate today) {
        return ShareLinkEntity.<ShareLinkEntity>findByIdOptional(token)
                .filter(l -> l.revokedAt == null && (l.expiresOn == null || !today.isAfter(l.expiresOn)));
    }

    public static List<ShareLinkEntity> of(UUID assessment) {
        return list("assessmentId = ?1 order by createdAt", assessment);
    }
}
