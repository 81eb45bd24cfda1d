-- Wrong: LIKE '%bot%' is not "ends with @bot.test": it also deletes abbott@example.com, a real
-- user whose address merely contains "bot".
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET role = 'author' WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%bot%';
