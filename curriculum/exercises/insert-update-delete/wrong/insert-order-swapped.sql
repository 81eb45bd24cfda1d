-- Wrong: inserts Ken before Margaret, so they get each other's ids.
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash'),
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET role = 'author' WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
