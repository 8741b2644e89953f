package com.procurementrisk.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An account's role in one workspace. */
@Entity
@Table(name = "membership")
class MembershipEntity extends PanacheEntityBase {

    @EmbeddedId
    Key key;

    @Column(nullable = false, length = 20)
    String role;

    static List<MembershipEntity> of(UUID accountId) {
        return list("key.accountId", accountId);
    }

    /** Account and workspace. */
    @Embeddable
    static class Key implements Serializable {
        @Column(name = "account_id")
        UUID accountId;

        @Column(name = "workspace_id")
        UUID workspaceId;

        Key() {
        }

        Key(UUID accountId, UUID workspaceId) {
            this.accountId = accountId;
            this.workspaceId = workspaceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId)
                    && Objects.equals(workspaceId, k.workspaceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, workspaceId);
        }
    }
}
