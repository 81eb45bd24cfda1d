-- Week 5 — Change a table that already has data (ALTER TABLE)
--
-- Make five changes to the existing users table:
-- 1. add role text NOT NULL DEFAULT 'reader', checked to be reader/author/admin
-- 2. add last_login_at timestamptz (nullable, no default)
-- 3. drop legacy_code
-- 4. make email UNIQUE
-- 5. make display_name NOT NULL

ALTER TABLE users ADD COLUMN role text;
