-- The rate limits' token buckets, shared by every replica when the application runs on PostgreSQL
-- (limits/SharedBuckets, Bucket4j's PostgreSQL backend: one row per bucket, its state serialised by
-- Bucket4j, expires_at in epoch milliseconds after which a full bucket's row may be removed).
-- On the embedded H2 default (one process) the buckets stay in memory and the table stays empty.
-- Written for both H2 and PostgreSQL.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(400) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_ix ON rate_limit_bucket (expires_at);
