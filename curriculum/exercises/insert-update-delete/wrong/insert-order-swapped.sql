-- Wrong: inserts Ken before Margaret, so they get each other's ids (7 and 8 are swapped).
INSERT INTO users (name, email) VALUES
  ('Ken Thompson',      'ken@example.com'),
  ('Margaret Hamilton', 'margaret@example.com');

UPDATE users SET name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET is_active = TRUE WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
