-- Built-in accounts (the embedded default; with OIDC single sign-on the identity provider holds
-- them), workspaces, and each account's role in a workspace.

CREATE TABLE account (
    id               UUID                     NOT NULL PRIMARY KEY,
    username         VARCHAR(100)             NOT NULL,
    -- bcrypt, in modular crypt form ($2a$...); never the password
    password_hash    VARCHAR(100)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE TABLE workspace (
    id               UUID                     NOT NULL PRIMARY KEY,
    name             VARCHAR(100)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT workspace_name_uk UNIQUE (name)
);

-- viewer reads, editor also changes, admin also manages users, workspaces and model versions.
CREATE TABLE membership (
    account_id       UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    workspace_id     UUID                     NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    role             VARCHAR(20)              NOT NULL,
    PRIMARY KEY (account_id, workspace_id),
    CONSTRAINT membership_role_ck CHECK (role IN ('viewer', 'editor', 'admin'))
);
