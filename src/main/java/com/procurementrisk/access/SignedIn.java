package com.procurementrisk.access;

import java.util.Map;

/**
 * Who signed in, and their role in each workspace they belong to (workspace name to role).
 */
public record SignedIn(String username, Map<String, Role> workspaces) {

    public SignedIn {
        workspaces = Map.copyOf(workspaces);
    }

    /** The highest role held in any workspace, or none. */
    public java.util.Optional<Role> highestRole() {
        return workspaces.values().stream().max(Enum::compareTo);
    }
}
