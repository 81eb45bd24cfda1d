-- Week 5 — Insert, update and delete rows (reference solution)

-- Name the columns: the statement keeps working if columns are added or reordered later.
INSERT INTO users (name, email) VALUES
  ('Margaret Hamilton', 'margaret@example.com'),
  ('Ken Thompson',      'ken@example.com');

-- The unique email identifies exactly one row; a name might not.
UPDATE users SET name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET is_active = TRUE WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
