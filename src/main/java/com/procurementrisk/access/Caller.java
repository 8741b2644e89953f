package com.procurementrisk.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is asking, and their role in each workspace (by workspace id). Nobody signed in has no
 * workspace and sees no saved assessment.
 */
public record Caller(String name, Map<UUID, Role> roles) {

    public static final Caller ANONYMOUS = new Caller(null, Map.of());

    public Caller {
        roles = Map.copyOf(roles);
    }

    public boolean signedIn() {
        return name != null;
    }

    /** Whether the caller may do what {@code needed} may in the workspace. */
    public boolean may(UUID workspace, Role needed) {
        Role role = workspace == null ? null : roles.get(workspace);
        return role != null && role.includes(needed);
    }

    /** The workspaces the caller holds at least {@code needed} in. */
    public Set<UUID> workspaces(Role needed) {
        return roles.entrySet().stream().filter(e -> e.getValue().includes(needed)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Where a new assessment goes: a workspace the caller may edit in (the first by id, for a stable choice). */
    public Optional<UUID> workspaceForNew() {
        return workspaces(Role.EDITOR).stream().sorted().findFirst();
    }
}
