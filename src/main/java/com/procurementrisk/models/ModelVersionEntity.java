package com.procurementrisk.models;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An uploaded model file, exactly as uploaded; never changed once stored. */
@Entity
@Table(name = "model_version")
class ModelVersionEntity extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    String version;

    @Column(name = "model_id", nullable = false, length = 100)
    String modelId;

    @Column(name = "as_of", nullable = false)
    LocalDate asOf;

    @Column(length = 300)
    String title;

    /** Loaded only when the model itself is needed, not for the list of versions. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1048576)
    String content;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    OffsetDateTime uploadedAt;
}
