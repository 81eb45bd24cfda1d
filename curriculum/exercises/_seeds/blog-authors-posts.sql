-- A small blog: eight users and their posts (published or draft), on the course's blog schema
-- (blog-schema.sql runs first). Shared by the week 6 query exercises (group-by-having,
-- partial-index, posts-per-user, top-authors-report). On fresh tables the users get ids 1 to 8
-- in this order, which the posts' author_id relies on.
INSERT INTO users (email, display_name, password_hash, role, created_at) VALUES
  ('ada@example.com',      'Ada Lovelace',      'not-a-real-hash', 'author', '2023-06-01 10:00:00+00'),
  ('alan@example.com',     'Alan Turing',       'not-a-real-hash', 'author', '2024-01-10 09:00:00+00'),
  ('grace@example.com',    'Grace Hopper',      'not-a-real-hash', 'author', '2024-02-20 14:30:00+00'),
  ('linus@example.com',    'Linus Torvalds',    'not-a-real-hash', 'author', '2024-03-05 08:15:00+00'),
  ('margaret@example.com', 'Margaret Hamilton', 'not-a-real-hash', 'author', '2024-04-12 16:45:00+00'),
  ('ken@example.com',      'Ken Thompson',      'not-a-real-hash', 'author', '2024-05-01 11:00:00+00'),
  ('barbara@example.com',  'Barbara Liskov',    'not-a-real-hash', 'reader', '2024-06-18 13:20:00+00'),
  ('dennis@example.com',   'Dennis Ritchie',    'not-a-real-hash', 'reader', '2024-07-01 07:05:00+00');

-- A draft has no published_at (the posts table's CHECK insists); a published post was published
-- a day after it was written.
INSERT INTO posts (author_id, title, status, created_at, published_at) VALUES
  (1, 'Notes on the Analytical Engine',  'published', '2023-07-01 10:00:00+00', '2023-07-02 10:00:00+00'),
  (1, 'Loops before loops existed',      'published', '2023-09-14 10:00:00+00', '2023-09-15 10:00:00+00'),
  (1, 'Bernoulli numbers, step by step', 'published', '2024-01-20 10:00:00+00', '2024-01-21 10:00:00+00'),
  (1, 'Poetical science',                'published', '2024-03-02 10:00:00+00', '2024-03-03 10:00:00+00'),
  (2, 'Can machines think?',             'published', '2024-02-01 12:00:00+00', '2024-02-02 12:00:00+00'),
  (2, 'Halting, explained',              'published', '2024-04-11 12:00:00+00', '2024-04-12 12:00:00+00'),
  (2, 'Morphogenesis for programmers',   'published', '2024-06-30 12:00:00+00', '2024-07-01 12:00:00+00'),
  (2, 'Draft: on computable numbers',    'draft',     '2024-08-01 12:00:00+00', NULL),
  (3, 'The first actual bug',            'published', '2024-03-01 09:00:00+00', '2024-03-02 09:00:00+00'),
  (3, 'Nanoseconds you can hold',        'published', '2024-05-15 09:00:00+00', '2024-05-16 09:00:00+00'),
  (3, 'Why COBOL reads like English',    'published', '2024-07-22 09:00:00+00', '2024-07-23 09:00:00+00'),
  (4, 'Just a hobby kernel',             'published', '2024-04-01 18:00:00+00', '2024-04-02 18:00:00+00'),
  (4, 'Talk is cheap, show me the code', 'published', '2024-09-09 18:00:00+00', '2024-09-10 18:00:00+00'),
  (4, 'Draft: tabs versus spaces',       'draft',     '2024-10-01 18:00:00+00', NULL),
  (4, 'Draft: merge windows',            'draft',     '2024-10-20 18:00:00+00', NULL),
  (5, 'Software engineering, named',     'published', '2024-05-20 15:00:00+00', '2024-05-21 15:00:00+00'),
  (6, 'Draft: reflections on trust',     'draft',     '2024-06-01 11:00:00+00', NULL),
  (6, 'Draft: the tiniest editor',       'draft',     '2024-06-15 11:00:00+00', NULL);
