-- Wrong: role has its default but no CHECK, so 'superuser' or 'Admin ' can be stored.
ALTER TABLE users
  ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'member',
  ADD COLUMN last_login_at TIMESTAMPTZ,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  ALTER COLUMN name SET NOT NULL;
