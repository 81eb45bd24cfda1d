-- Wrong: picks Alan and Grace by the ids they have in the seeded table (2 and 3) instead of by
-- their unique emails. Right on this data, wrong on any other: the ids belong to whoever was
-- inserted second and third.
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE id = 2;

UPDATE users SET role = 'author' WHERE id = 3;

DELETE FROM users WHERE email LIKE '%@bot.test';
