-- Seven users on the course's users table (../_seeds/blog-schema.sql runs first): ids 1 to 7.
INSERT INTO users (email, display_name, password_hash, role) VALUES
  ('ada@example.com',    'Ada Lovelace', 'not-a-real-hash', 'author'),
  ('alan@example.com',   'Alan Turing',  'not-a-real-hash', 'author'),
  ('grace@example.com',  'Grace Hopper', 'not-a-real-hash', 'reader'),
  ('spam1@bot.test',     'Cheap Pills',  'not-a-real-hash', 'reader'),
  ('linus@example.com',  'Linus',        'not-a-real-hash', 'reader'),
  ('spam2@bot.test',     'Free Money',   'not-a-real-hash', 'reader'),
  ('abbott@example.com', 'Bud Abbott',   'not-a-real-hash', 'reader');  -- contains "bot", but is not a bot
