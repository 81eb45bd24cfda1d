-- Week 6 — Design the blog database schema
--
-- Five tables: users, categories, posts, comments, post_categories.
-- Foreign keys with ON DELETE CASCADE (and SET NULL for comments.author_id),
-- a composite primary key on post_categories, and indexes on posts(author_id)
-- and comments(post_id). See the task for every column.
--
-- Two tables to get you started; they are not complete yet.

CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email VARCHAR(255) NOT NULL,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE posts (
  id SERIAL PRIMARY KEY,
  author_id INTEGER REFERENCES users (id),
  title VARCHAR(255) NOT NULL
);
