-- Wrong: deletes the two bot accounts by the ids they have in the seeded table instead of by the
-- condition the task gives (an email ending with @bot.test). Any other bot account stays.
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET role = 'author' WHERE email = 'grace@example.com';

DELETE FROM users WHERE id IN (4, 6);
