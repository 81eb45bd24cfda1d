CREATE TABLE users (
  id         SERIAL PRIMARY KEY,
  email      VARCHAR(255) NOT NULL UNIQUE,
  name       VARCHAR(100) NOT NULL,
  is_active  BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO users (email, name, is_active) VALUES
  ('ada@example.com',   'Ada Lovelace', TRUE),
  ('alan@example.com',  'Alan Turing',  TRUE),
  ('grace@example.com', 'Grace Hopper', FALSE),
  ('spam1@bot.test',    'Cheap Pills',  TRUE),
  ('linus@example.com', 'Linus',        FALSE),
  ('spam2@bot.test',    'Free Money',   FALSE),
  ('abbott@example.com', 'Bud Abbott',  TRUE);   -- contains "bot", but is not a bot
