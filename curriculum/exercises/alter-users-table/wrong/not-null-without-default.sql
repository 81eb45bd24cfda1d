-- Wrong: adds role as NOT NULL without a DEFAULT: the three existing rows have no value for
-- it, so PostgreSQL refuses the whole statement.
ALTER TABLE users
  ADD COLUMN role VARCHAR(20) NOT NULL
    CHECK (role IN ('member', 'editor', 'admin')),
  ADD COLUMN last_login_at TIMESTAMPTZ,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  ALTER COLUMN name SET NOT NULL;
