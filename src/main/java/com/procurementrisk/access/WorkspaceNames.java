package com.procurementrisk.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Workspace names by id, for showing where an assessment is (workspaces are never renamed or removed). */
@ApplicationScoped
public class WorkspaceNames {

    private final Map<UUID, String> names = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public String of(UUID workspace) {
        if (workspace == null) {
            return null;
        }
        String name = names.get(workspace);
        if (name == null) {
            name = WorkspaceEntity.<WorkspaceEntity>findByIdOptional(workspace).map(w -> w.name).orElse(null);
            if (name != null) {
                names.put(workspace, name);
            }
        }
        return name;
    }
}
