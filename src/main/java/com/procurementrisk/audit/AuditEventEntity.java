package com.procurementrisk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    OffsetDateTime at;

    @Column(nullable = false, length = 100)
    String actor;

    @Column(nullable = false, length = 40)
    String action;

    @Column(length = 200)
    String object;

    @Column(length = 64)
    String address;

    @Column(length = 500)
    String detail;

    /** The workspace it concerns, or null for what concerns the instance (sign-ins, model versions). */
    @Column(name = "workspace_id")
    UUID workspaceId;
}
