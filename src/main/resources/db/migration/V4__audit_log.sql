-- The audit log: who did what to which object, when and from which address. The application
-- only ever inserts into it.
CREATE TABLE audit_event (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(100)             NOT NULL,
    action           VARCHAR(40)              NOT NULL,
    object           VARCHAR(200),
    address          VARCHAR(64),
    detail           VARCHAR(500)
);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX audit_event_at_idx ON audit_event (at);
