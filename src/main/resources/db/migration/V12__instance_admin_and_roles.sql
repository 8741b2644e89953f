-- Issue 20, points 6 and 8: an instance-administrator role apart from the workspace roles, audit
-- entries that say which workspace they concern, and workspace roles checked by a foreign key
-- instead of a CHECK constraint.

-- Roles in a workspace, as a lookup table. The CHECK constraint of V2 is replaced by a foreign key
-- because H2 2.4.240 evaluates a CHECK constraint in the session that created it: once that
-- connection is closed (the pool retires Flyway's connection after a few idle minutes), every
-- insert or update of a membership fails with 23514 "Check constraint invalid", caused by 90098
-- "The database has been closed" (h2database issues 4291, 4302, 4308). A foreign key has no such
-- expression and holds the same values.
CREATE TABLE workspace_role (
    id               VARCHAR(20)              NOT NULL PRIMARY KEY
);
INSERT INTO workspace_role (id) VALUES ('viewer');
INSERT INTO workspace_role (id) VALUES ('editor');
INSERT INTO workspace_role (id) VALUES ('admin');

ALTER TABLE membership DROP CONSTRAINT membership_role_ck;
ALTER TABLE membership ADD CONSTRAINT membership_role_fk FOREIGN KEY (role) REFERENCES workspace_role (id);

-- Instance administrators administer every account, the model versions and the whole audit log;
-- a workspace administrator only the members, roles and audit entries of that workspace.
ALTER TABLE account ADD COLUMN instance_admin BOOLEAN DEFAULT FALSE NOT NULL;

-- Who keeps what they could do before this version: until now an administrator of any workspace
-- administered the whole instance, so taking that from everyone would lock a running instance out
-- of its accounts and model versions; giving it to every workspace administrator would keep the
-- hole this version closes. The rule keeps it for the accounts that plainly held the instance:
-- the first-start account `admin` (made by the application, admin of Default), any administrator of
-- the workspace Default (the instance's own workspace, the only one before workspaces were named),
-- and any account that administers every workspace there is. An instance with other administrators
-- only can be handed over by one of those (docs/security.md, "Account administration").
UPDATE account SET instance_admin = TRUE
WHERE username = 'admin'
   OR id IN (SELECT m.account_id FROM membership m JOIN workspace w ON w.id = m.workspace_id
             WHERE w.name = 'Default' AND m.role = 'admin')
   OR (EXISTS (SELECT 1 FROM membership m WHERE m.account_id = account.id AND m.role = 'admin')
       AND (SELECT COUNT(*) FROM membership m WHERE m.account_id = account.id AND m.role = 'admin')
           = (SELECT COUNT(*) FROM workspace));

-- The workspace an audit entry concerns (an assessment's, an account's role change there), so
-- that a workspace administrator reads that workspace's entries only. Empty for what concerns the
-- instance (sign-ins, model versions, tokens, accounts in several workspaces).
ALTER TABLE audit_event ADD COLUMN workspace_id UUID;
-- Entries about assessments that still exist get their workspace (their object is the assessment's id).
UPDATE audit_event SET workspace_id = (SELECT a.workspace_id FROM assessment a
                                       WHERE CAST(a.id AS VARCHAR(200)) = audit_event.object)
WHERE action LIKE 'assessment.%' OR action LIKE 'share.%';
CREATE INDEX audit_event_workspace_idx ON audit_event (workspace_id, at);
