package com.procurementrisk.config;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A key the application made for itself, shared by every replica through the database. */
@Entity
@Table(name = "instance_secret")
class InstanceSecretEntity extends PanacheEntityBase {

    @Id
    @Column(length = 50)
    String name;

    @Column(nullable = false, length = 200)
    String secret;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
