-- A read-only link may carry a last day (UTC) after which it stops working like a revoked one.
ALTER TABLE share_link ADD COLUMN expires_on DATE;
