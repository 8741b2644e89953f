package com.procurementrisk.models;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One activation of a model version; never changed. The latest (highest id) names the active
 * version. Ids are taken one at a time (no pooled block per replica), so their order is the
 * order of activation whichever replica activated.
 */
@Entity
@Table(name = "model_activation")
class ModelActivationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_activation_seq")
    @SequenceGenerator(name = "model_activation_seq", sequenceName = "model_activation_seq", allocationSize = 1)
    Long id;

    @Column(nullable = false, length = 40)
    String version;

    @Column(name = "activated_by", nullable = false, length = 100)
    String activatedBy;

    @Column(name = "activated_at", nullable = false)
    OffsetDateTime activatedAt;

    /** The latest activation, if any version was ever activated here. */
    static Optional<ModelActivationEntity> latest() {
        return ModelActivationEntity.<ModelActivationEntity>findAll(Sort.descending("id")).firstResultOptional();
    }
}
