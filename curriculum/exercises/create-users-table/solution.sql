-- Week 5 — Create a users table with constraints (reference solution)

CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  -- only ever a bcrypt/argon2 hash, never the password
  password_hash text NOT NULL,
  is_active     boolean NOT NULL DEFAULT true,
  -- timestamptz stores an absolute instant; plain timestamp depends on the session's time zone
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (position('@' IN email) > 1)
);
