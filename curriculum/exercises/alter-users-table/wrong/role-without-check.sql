-- Wrong: role has its default but no CHECK, so 'superuser' or 'Admin ' can be stored.
ALTER TABLE users
  ADD COLUMN role text NOT NULL DEFAULT 'reader',
  ADD COLUMN last_login_at timestamptz,
  DROP COLUMN legacy_code,
  ADD CONSTRAINT users_email_key UNIQUE (email),
  ALTER COLUMN display_name SET NOT NULL;
