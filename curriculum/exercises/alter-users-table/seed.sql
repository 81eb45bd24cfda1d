-- An early version of the users table, already holding data.
CREATE TABLE users (
  id          SERIAL PRIMARY KEY,
  email       VARCHAR(255) NOT NULL,
  name        VARCHAR(100),
  legacy_code TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO users (email, name, legacy_code) VALUES
  ('ada@example.com',   'Ada Lovelace', 'X-001'),
  ('alan@example.com',  'Alan Turing',  NULL),
  ('grace@example.com', 'Grace Hopper', 'X-007');
