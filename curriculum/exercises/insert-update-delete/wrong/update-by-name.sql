-- Wrong: finds Alan by his display name instead of his unique email, and promotes Grace with an
-- email in the wrong case, which matches no row ('=' on text is case-sensitive).
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE display_name = 'Alan Turing';

UPDATE users SET role = 'author' WHERE email = 'Grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
