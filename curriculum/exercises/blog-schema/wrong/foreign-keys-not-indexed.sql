-- Wrong: trusts PostgreSQL to index foreign keys by itself (it does not), and forgets what
-- happens to a post's category links when the post is deleted.
-- Tables are created in dependency order: a foreign key needs its target to exist.

CREATE TABLE users (
  id         SERIAL PRIMARY KEY,
  email      VARCHAR(255) NOT NULL UNIQUE,
  name       VARCHAR(100) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE categories (
  id   SERIAL PRIMARY KEY,
  name VARCHAR(50) NOT NULL UNIQUE
);

CREATE TABLE posts (
  id         SERIAL PRIMARY KEY,
  -- A post cannot exist without its author: deleting the user deletes the posts.
  author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title      VARCHAR(255) NOT NULL,
  body       TEXT NOT NULL,
  published  BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE comments (
  id         SERIAL PRIMARY KEY,
  post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  -- Nullable: a deleted user's comments stay in the thread as "deleted user".
  author_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
  body       TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Many-to-many link table; the composite key forbids the same pair twice.
CREATE TABLE post_categories (
  post_id     INTEGER NOT NULL REFERENCES posts (id),
  category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, category_id)
);

-- PostgreSQL does not index foreign key columns by itself.
-- (post_categories.post_id is covered by the primary key, whose first column it is.)
