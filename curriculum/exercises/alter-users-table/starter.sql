-- Week 5 — Change a table that already has data (ALTER TABLE)
--
-- Make five changes to the existing users table:
-- 1. add role VARCHAR(20) NOT NULL DEFAULT 'member', checked to be member/editor/admin
-- 2. add last_login_at TIMESTAMPTZ (nullable, no default)
-- 3. drop legacy_code
-- 4. make email UNIQUE
-- 5. make name NOT NULL

ALTER TABLE users ADD COLUMN role VARCHAR(20);
