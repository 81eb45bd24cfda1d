-- Wrong: finds Alan by his name instead of his unique email, and reactivates Grace with an
-- email in the wrong case, which matches no row ('=' on text is case-sensitive).
INSERT INTO users (name, email) VALUES
  ('Margaret Hamilton', 'margaret@example.com'),
  ('Ken Thompson',      'ken@example.com');

UPDATE users SET name = 'Alan M. Turing' WHERE name = 'Alan Turing';

UPDATE users SET is_active = TRUE WHERE email = 'Grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
