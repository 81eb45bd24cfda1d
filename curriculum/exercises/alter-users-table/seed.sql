-- An early version of the users table, already holding data.
CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text NOT NULL,
  display_name  text,
  password_hash text NOT NULL,
  legacy_code   text,
  created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO users (email, display_name, password_hash, legacy_code) VALUES
  ('ada@example.com',   'Ada Lovelace', 'not-a-real-hash', 'X-001'),
  ('alan@example.com',  'Alan Turing',  'not-a-real-hash', NULL),
  ('grace@example.com', 'Grace Hopper', 'not-a-real-hash', 'X-007');
