-- Wrong: forgets steps 3 and 5: legacy_code is still there and display_name may still be NULL.
ALTER TABLE users
  ADD COLUMN role text NOT NULL DEFAULT 'reader'
    CHECK (role IN ('reader', 'author', 'admin')),
  ADD COLUMN last_login_at timestamptz,
  ADD CONSTRAINT users_email_key UNIQUE (email);
