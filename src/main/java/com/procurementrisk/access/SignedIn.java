package com.procurementrisk.access;

import java.util.Map;

/**
 * Who signed in, their role in each workspace they belong to (workspace name to role), and
 * whether they administer the whole instance ({@link InstanceAdmin}).
 */
public record SignedIn(String username, Map<String, Role> workspaces, boolean instanceAdmin) {

    public SignedIn {
        workspaces = Map.copyOf(workspaces);
    }

    /** The highest role held in any workspace, or none. */
    public java.util.Optional<Role> highestRole() {
        return workspaces.values().stream().max(Enum::compareTo);
    }
}
