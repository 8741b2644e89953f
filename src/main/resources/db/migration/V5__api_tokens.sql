-- Personal API tokens: an integration calls the API as the account that made the token. Only a
-- SHA-256 hash of the token is kept (it carries 256 random bits); the token is shown once.
CREATE TABLE api_token (
    id               UUID                     NOT NULL PRIMARY KEY,
    account_id       UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name             VARCHAR(100)             NOT NULL,
    token_hash       VARCHAR(64)              NOT NULL,
    -- the first characters, so that a token can be recognised in a list
    shown            VARCHAR(12)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
