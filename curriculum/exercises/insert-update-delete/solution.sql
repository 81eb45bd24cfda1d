-- Week 5 — Insert, update and delete rows (reference solution)

-- Name the columns: the statement keeps working if columns are added or reordered later.
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

-- The unique email identifies exactly one row; a display name might not.
UPDATE users SET display_name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET role = 'author' WHERE email = 'grace@example.com';

DELETE FROM users WHERE email LIKE '%@bot.test';
