-- Wrong: forgets steps 3 and 5: legacy_code is still there and name may still be NULL.
ALTER TABLE users
  ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'member'
    CHECK (role IN ('member', 'editor', 'admin')),
  ADD COLUMN last_login_at TIMESTAMPTZ,
  ADD CONSTRAINT users_email_key UNIQUE (email);
