package com.procurementrisk.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A signed-in browser of a built-in account, known only by the SHA-256 hash of its cookie's value. */
@Entity
@Table(name = "account_session")
class SessionEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    String tokenHash;

    @Column(name = "account_id", nullable = false)
    UUID accountId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    OffsetDateTime lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
}
