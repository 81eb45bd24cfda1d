-- A small blog: users and their posts (published or draft).
-- Shared by the week 6 query exercises (group-by-having, partial-index, posts-per-user, top-authors-report).
CREATE TABLE users (
  id         SERIAL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  email      VARCHAR(255) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id         SERIAL PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title      VARCHAR(255) NOT NULL,
  published  BOOLEAN NOT NULL DEFAULT FALSE,
  views      INTEGER NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO users (name, email, created_at) VALUES
  ('Ada Lovelace',      'ada@example.com',      '2023-06-01 10:00:00+00'),
  ('Alan Turing',       'alan@example.com',     '2024-01-10 09:00:00+00'),
  ('Grace Hopper',      'grace@example.com',    '2024-02-20 14:30:00+00'),
  ('Linus Torvalds',    'linus@example.com',    '2024-03-05 08:15:00+00'),
  ('Margaret Hamilton', 'margaret@example.com', '2024-04-12 16:45:00+00'),
  ('Ken Thompson',      'ken@example.com',      '2024-05-01 11:00:00+00'),
  ('Barbara Liskov',    'barbara@example.com',  '2024-06-18 13:20:00+00'),
  ('Dennis Ritchie',    'dennis@example.com',   '2024-07-01 07:05:00+00');

INSERT INTO posts (author_id, title, published, views, created_at) VALUES
  (1, 'Notes on the Analytical Engine',   TRUE,  120, '2023-07-01 10:00:00+00'),
  (1, 'Loops before loops existed',       TRUE,  300, '2023-09-14 10:00:00+00'),
  (1, 'Bernoulli numbers, step by step',  TRUE,   80, '2024-01-20 10:00:00+00'),
  (1, 'Poetical science',                 TRUE,   50, '2024-03-02 10:00:00+00'),
  (2, 'Can machines think?',              TRUE,  200, '2024-02-01 12:00:00+00'),
  (2, 'Halting, explained',               TRUE,  150, '2024-04-11 12:00:00+00'),
  (2, 'Morphogenesis for programmers',    TRUE,   90, '2024-06-30 12:00:00+00'),
  (2, 'Draft: on computable numbers',     FALSE,  12, '2024-08-01 12:00:00+00'),
  (3, 'The first actual bug',             TRUE,  400, '2024-03-01 09:00:00+00'),
  (3, 'Nanoseconds you can hold',         TRUE,   60, '2024-05-15 09:00:00+00'),
  (3, 'Why COBOL reads like English',     TRUE,   40, '2024-07-22 09:00:00+00'),
  (4, 'Just a hobby kernel',              TRUE,  500, '2024-04-01 18:00:00+00'),
  (4, 'Talk is cheap, show me the code',  TRUE,   20, '2024-09-09 18:00:00+00'),
  (4, 'Draft: tabs versus spaces',        FALSE,  30, '2024-10-01 18:00:00+00'),
  (4, 'Draft: merge windows',             FALSE,   5, '2024-10-20 18:00:00+00'),
  (5, 'Software engineering, named',      TRUE,   75, '2024-05-20 15:00:00+00'),
  (6, 'Draft: reflections on trust',      FALSE,  25, '2024-06-01 11:00:00+00'),
  (6, 'Draft: the tiniest editor',        FALSE,  10, '2024-06-15 11:00:00+00');
