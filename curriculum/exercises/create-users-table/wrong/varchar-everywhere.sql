-- Wrong: varchar(255) everywhere is a habit from other databases (week 5's pitfalls). In
-- PostgreSQL it is no faster than text, and 255 is nobody's real limit: use text, plus a CHECK
-- where you mean one (display_name: 1 to 100 characters).
CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         varchar(255) NOT NULL UNIQUE,
  display_name  varchar(100) NOT NULL,
  password_hash varchar(255) NOT NULL,
  is_active     boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (position('@' IN email) > 1)
);
