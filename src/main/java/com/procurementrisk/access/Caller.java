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
public record Caller(String name, Map<UUID, Role> roles, Map<UUID, String> workspaceNames) {

    public static final Caller ANONYMOUS = new Caller(null, Map.of(), Map.of());

    public Caller {
        roles = Map.copyOf(roles);
        workspaceNames = Map.copyOf(workspaceNames);
    }

    /** The caller's workspace of this name (names are compared ignoring case), if they are in it. */
    public Optional<UUID> workspaceNamed(String workspace) {
        return workspaceNames.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(workspace.strip()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The names of the workspaces the caller holds at least {@code needed} in, sorted. */
    public java.util.List<String> workspaceNames(Role needed) {
        return workspaces(needed).stream().map(workspaceNames::get).sorted(String.CASE_INSENSITIVE_ORDER).toList();
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

    /** Where a new assessment goes unless the caller names another: the first (by name) they may edit in. */
    public Optional<UUID> workspaceForNew() {
        return workspaceNames(Role.EDITOR).stream().findFirst().flatMap(this::workspaceNamed);
    }
}
