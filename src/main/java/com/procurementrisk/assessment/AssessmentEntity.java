package com.procurementrisk.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A saved assessment: a title and the number of its latest revision. Its id is random, so
 * knowing it is what lets someone edit it (there are no user accounts yet).
 */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The workspace it belongs to: who may see and change it. */
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "latest_revision", nullable = false)
    public int latestRevision;

    /** Optimistic lock: an edit based on an older version fails instead of overwriting. */
    @Version
    @Column(nullable = false)
    public long version;
}
