-- Week 5 — Create a users table with constraints (reference solution)

CREATE TABLE users (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         VARCHAR(255) NOT NULL UNIQUE,
  display_name  VARCHAR(100) NOT NULL,
  -- only ever a bcrypt/argon2 hash, never the password
  password_hash VARCHAR(255) NOT NULL,
  is_active     BOOLEAN NOT NULL DEFAULT TRUE,
  -- TIMESTAMPTZ stores an absolute instant; plain TIMESTAMP depends on the session's time zone
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (position('@' IN email) > 1)
);
