package com.procurementrisk.access;

import java.util.Locale;

/** What a member may do in a workspace; each role includes the ones before it. */
public enum Role {
    /** Reads the workspace's assessments. */
    VIEWER,
    /** Also saves, revises, re-scores, shares, revokes and deletes. */
    EDITOR,
    /** Also manages users, workspaces and model versions, and reads the audit log. */
    ADMIN;

    /** The name used in the database, in tokens and in security checks. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
