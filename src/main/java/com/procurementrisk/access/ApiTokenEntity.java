package com.procurementrisk.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token, known only by the SHA-256 hash of its value. */
@Entity
@Table(name = "api_token")
class ApiTokenEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "account_id", nullable = false)
    UUID accountId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    String tokenHash;

    @Column(nullable = false, length = 12)
    String shown;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;

    /** When it stops working; null: never (chosen explicitly by its owner). */
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;
}
