-- A revision's result is stored gzip-compressed (about a twentieth of its JSON), so that a save
-- costs at most 16 KiB on H2 and PostgreSQL alike. Rows written before keep their JSON in
-- `result` and are read as they are; new rows leave `result` empty.
-- Written for both H2 (the embedded default) and PostgreSQL (production).
ALTER TABLE assessment_revision ADD COLUMN result_gzip BYTEA;
ALTER TABLE assessment_revision ALTER COLUMN result DROP NOT NULL;
