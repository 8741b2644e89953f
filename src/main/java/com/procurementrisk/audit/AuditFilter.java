package com.procurementrisk.audit;

import java.time.LocalDate;

/**
 * Which entries to show; every part is optional.
 *
 * @param action an action, or the start of one ({@code share.} for both share actions)
 * @param actor  exactly this actor
 * @param object exactly this object (an assessment id, an account name)
 * @param from   from this day (UTC), inclusive
 * @param to     to this day (UTC), inclusive
 */
public record AuditFilter(String action, String actor, String object, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
