-- Week 5 — Change a table that already has data (reference solution)

-- One statement: PostgreSQL applies all actions together, in a single pass over the table.
ALTER TABLE users
  -- The DEFAULT fills existing rows, which is what makes NOT NULL possible here.
  ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'member'
    CHECK (role IN ('member', 'editor', 'admin')),
  ADD COLUMN last_login_at TIMESTAMPTZ,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  -- Fails if any row has no name: fix the data first in real life.
  ALTER COLUMN name SET NOT NULL;
