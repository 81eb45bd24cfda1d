-- Week 6 — Design the blog database schema
--
-- Five tables: users, categories, posts, comments, post_categories.
-- Foreign keys with ON DELETE CASCADE (and SET NULL for comments.author_id),
-- a composite primary key on post_categories, CHECK constraints, and indexes on
-- posts (author_id) and comments (post_id). See the task for every column.
--
-- Two tables to get you started; they are not complete yet.

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  display_name text NOT NULL
);

CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id bigint REFERENCES users (id),
  title text NOT NULL
);
