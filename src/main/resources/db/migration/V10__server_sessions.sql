-- Server-side sessions of built-in accounts, API token expiry, and secrets the replicas share.
-- Written for both H2 (the embedded default) and PostgreSQL (production).

-- A signed-in browser: the cookie carries 256 random bits, of which only the SHA-256 hash is kept
-- (hex), so a copy of the database signs nobody in. A session ends at sign-out, when its account's
-- password is reset, the account is disabled or its roles change (every row of the account is
-- deleted), after advisor.session.idle-timeout without a request, and at expires_at whatever happens.
CREATE TABLE account_session (
    id               UUID                     NOT NULL PRIMARY KEY,
    token_hash       VARCHAR(64)              NOT NULL,
    account_id       UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- updated at most about once a minute, not on every request
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_session_hash_uk UNIQUE (token_hash)
);
CREATE INDEX account_session_account_ix ON account_session (account_id);
CREATE INDEX account_session_expiry_ix ON account_session (expires_at);

-- A token may expire (null: never, chosen explicitly when it was made).
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- Keys made by the application itself when none is configured (the CSRF signing key), made once
-- by whichever replica starts first and read by every other: never in a log or a file.
CREATE TABLE instance_secret (
    name             VARCHAR(50)              NOT NULL PRIMARY KEY,
    secret           VARCHAR(200)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
