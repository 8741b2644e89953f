package com.procurementrisk.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A workspace: the assessments of one team or company, and who may see and change them. */
@Entity
@Table(name = "workspace")
class WorkspaceEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(nullable = false, unique = true, length = 100)
    String name;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    static Optional<WorkspaceEntity> named(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The workspace of that name, made (and stored) when there is none yet. */
    static WorkspaceEntity namedOrNew(String name) {
        return WorkspaceEntity.named(name).orElseGet(() -> {
            WorkspaceEntity w = new WorkspaceEntity();
            w.id = UUID.randomUUID();
            w.name = name;
            w.createdAt = OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            w.persist();
            return w;
        });
    }
}
