-- The pathways of a revision in the order it ranked them (ids, comma-separated), so that lists of
-- assessments (the saved list, the compare page's choices, the history) do not unpack every
-- result to say which pathway came first. Rows saved before are read from their result.
-- Written for both H2 (the embedded default) and PostgreSQL (production).
ALTER TABLE assessment_revision ADD COLUMN ranking VARCHAR(300);
