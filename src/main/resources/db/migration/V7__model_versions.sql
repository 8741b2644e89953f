-- Risk model versions published without a redeploy: an administrator uploads a model file
-- (stored here as a draft once it is valid) and activates it; every replica follows the latest
-- activation. Versions shipped with the application (class path) are not stored here, but they
-- can be activated too. Written for both H2 and PostgreSQL.

-- An uploaded model file, exactly as uploaded; a version is never changed once stored.
CREATE TABLE model_version (
    version          VARCHAR(40)              NOT NULL PRIMARY KEY,
    model_id         VARCHAR(100)             NOT NULL,
    as_of            DATE                     NOT NULL,
    title            VARCHAR(300),
    -- the model file (YAML or JSON) as uploaded; advisor.model.max-upload-size keeps it below this
    content          VARCHAR(1048576)         NOT NULL,
    -- SHA-256 of the content, hex: an upload of the same version with the same text is a repeat
    sha256           VARCHAR(64)              NOT NULL,
    uploaded_by      VARCHAR(100)             NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every activation, never changed: the active version is the one of the latest row (highest id;
-- the sequence hands out ids one at a time, so the order is the order of activation on every
-- replica). No row: the configured advisor.model.resource is active.
CREATE TABLE model_activation (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    -- an uploaded version or one shipped with the application (so no foreign key)
    version          VARCHAR(40)              NOT NULL,
    activated_by     VARCHAR(100)             NOT NULL,
    activated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE model_activation_seq START WITH 1 INCREMENT BY 1;
