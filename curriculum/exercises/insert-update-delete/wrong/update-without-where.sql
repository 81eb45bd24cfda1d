-- Wrong: the promotion has no WHERE clause, so it makes every user an author, not only Grace.
INSERT INTO users (display_name, email, password_hash) VALUES
  ('Margaret Hamilton', 'margaret@example.com', 'not-a-real-hash'),
  ('Ken Thompson',      'ken@example.com',      'not-a-real-hash');

UPDATE users SET display_name = 'Alan M. Turing' WHERE email = 'alan@example.com';

UPDATE users SET role = 'author';

DELETE FROM users WHERE email LIKE '%@bot.test';
