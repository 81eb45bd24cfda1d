-- Wrong: LIKE '%bot%' is not "ends with @bot.test": it also deletes abbott@example.com, a real
-- user whose address merely contains "bot".
INSERT INTO users (name, email) VALUES
  ('Margaret Hamilton', 'margaret@example.com'),
  ('Ken Thompson',      'ken@example.com');

UPDATE users SET name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET is_active = TRUE WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%bot%';
