-- Week 5 — Change a table that already has data (reference solution)

-- One statement: PostgreSQL applies all actions together, in a single pass over the table.
ALTER TABLE users
  -- The DEFAULT fills existing rows, which is what makes NOT NULL possible here.
  ADD COLUMN role text NOT NULL DEFAULT 'reader'
    CHECK (role IN ('reader', 'author', 'admin')),
  ADD COLUMN last_login_at timestamptz,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  -- Fails if any row has no display name: fix the data first in real life.
  ALTER COLUMN display_name SET NOT NULL;
