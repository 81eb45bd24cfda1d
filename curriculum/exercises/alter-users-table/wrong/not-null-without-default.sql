-- Wrong: adds role as NOT NULL without a DEFAULT: the three existing rows have no value for
-- it, so PostgreSQL refuses the whole statement.
ALTER TABLE users
  ADD COLUMN role text NOT NULL
    CHECK (role IN ('reader', 'author', 'admin')),
  ADD COLUMN last_login_at timestamptz,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  ALTER COLUMN display_name SET NOT NULL;
