-- Saved assessments, their revisions and their share links.
-- Written for both H2 (the embedded default) and PostgreSQL (production).

CREATE TABLE assessment (
    id               UUID                     NOT NULL PRIMARY KEY,
    title            VARCHAR(200)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_revision  INTEGER                  NOT NULL,
    -- optimistic lock: a save based on an older version is refused with 409
    version          BIGINT                   NOT NULL
);

CREATE INDEX assessment_updated_idx ON assessment (updated_at);

-- Each save of an assessment is a revision; a revision is never changed once written.
CREATE TABLE assessment_revision (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    assessment_id    UUID                     NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    number           INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    model_id         VARCHAR(100)             NOT NULL,
    model_version    VARCHAR(50)              NOT NULL,
    scenario         VARCHAR(100)             NOT NULL,
    -- the validated answers, as JSON
    answers          VARCHAR(100000)          NOT NULL,
    -- the result exactly as it was shown, as JSON (so an old revision shows what it showed)
    result           VARCHAR(1000000)         NOT NULL,
    note             VARCHAR(500),
    CONSTRAINT assessment_revision_number_uk UNIQUE (assessment_id, number)
);

CREATE SEQUENCE assessment_revision_seq START WITH 1 INCREMENT BY 50;

-- Read-only links; the token carries 256 random bits.
CREATE TABLE share_link (
    token            VARCHAR(64)              NOT NULL PRIMARY KEY,
    assessment_id    UUID                     NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX share_link_assessment_idx ON share_link (assessment_id);
