package com.procurementrisk.audit;

import java.time.OffsetDateTime;

/** One entry of the audit log: who did what to which object, when, and from which address. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String object, String address,
                         String detail) {

    static AuditEntry of(AuditEventEntity e) {
        return new AuditEntry(e.id, e.at, e.actor, e.action, e.object, e.address, e.detail);
    }
}
