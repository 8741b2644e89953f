-- Every saved assessment belongs to a workspace; those saved before workspaces existed go to
-- the workspace "Default" (made here when it does not exist yet).
INSERT INTO workspace (id, name, created_at)
SELECT '00000000-0000-0000-0000-00000000d0e1', 'Default', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM workspace WHERE name = 'Default');

ALTER TABLE assessment ADD COLUMN workspace_id UUID REFERENCES workspace (id);
UPDATE assessment SET workspace_id = (SELECT id FROM workspace WHERE name = 'Default') WHERE workspace_id IS NULL;
CREATE INDEX assessment_workspace_idx ON assessment (workspace_id);
