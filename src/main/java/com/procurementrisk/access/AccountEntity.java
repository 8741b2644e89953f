package com.procurementrisk.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A built-in account: a username and a bcrypt hash of its password. */
@Entity
@Table(name = "account")
class AccountEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(nullable = false, unique = true, length = 100)
    String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    String passwordHash;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "disabled_at")
    OffsetDateTime disabledAt;

    /** Administers the whole instance ({@link InstanceAdmin}), whatever its workspace roles. */
    @Column(name = "instance_admin", nullable = false)
    boolean instanceAdmin;

    static Optional<AccountEntity> named(String username) {
        return find("username", username).firstResultOptional();
    }
}
