-- Wrong: LIKE '%bot%' is not "ends with @bot.test": it also matches any address that merely
-- contains "bot" somewhere, and here it misses nothing only by luck. Worse, the reactivation
-- forgot its WHERE and switched every user on.
INSERT INTO users (name, email) VALUES
  ('Margaret Hamilton', 'margaret@example.com'),
  ('Ken Thompson',      'ken@example.com');

UPDATE users SET name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET is_active = TRUE;

DELETE FROM users WHERE email LIKE '%bot%';
