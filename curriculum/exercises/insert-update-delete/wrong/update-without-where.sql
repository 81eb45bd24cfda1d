-- Wrong: the reactivation has no WHERE clause, so it switches every user on, not only Grace.
INSERT INTO users (name, email) VALUES
  ('Margaret Hamilton', 'margaret@example.com'),
  ('Ken Thompson',      'ken@example.com');

UPDATE users SET name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET is_active = TRUE;

DELETE FROM users WHERE email LIKE '%@bot.test';
