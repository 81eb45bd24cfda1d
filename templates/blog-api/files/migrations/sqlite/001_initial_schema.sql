-- 001: users, posts, comments, categories, tags and refresh tokens (SQLite).
-- users, posts, categories, post_categories and comments are the course's blog schema (weeks 5
-- and 6) in SQLite's spelling; what this API adds is listed in the README ("Database schema").
-- Timestamps are ISO-8601 UTC strings (the app writes them; the defaults use the same format),
-- so they sort as text.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  email         TEXT    NOT NULL UNIQUE CHECK (email = lower(email)),
  username      TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'author', 'admin')),
  bio           TEXT,
  created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE posts (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  author_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title        TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body         TEXT    NOT NULL DEFAULT '',
  status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at TEXT,
  created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE INDEX posts_status_created_at_idx ON posts (status, created_at);

CREATE TABLE comments (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  -- a deleted user's comments stay, signed by nobody
  author_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  body       TEXT    NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX comments_post_id_idx ON comments (post_id);

CREATE TABLE categories (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL UNIQUE,
  -- PostgreSQL's slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' (SQLite has no regular expressions)
  slug        TEXT NOT NULL UNIQUE CHECK (
    slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'
    AND slug NOT LIKE '-%' AND slug NOT LIKE '%-' AND slug NOT LIKE '%--%'
  ),
  description TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE
);

-- many-to-many: a post has many tags, a tag is on many posts
CREATE TABLE post_tags (
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);

-- many-to-many: a post is filed under many categories
CREATE TABLE post_categories (
  post_id     INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_categories_category_id_idx ON post_categories (category_id);

CREATE TABLE refresh_tokens (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT    NOT NULL UNIQUE,
  family_id  TEXT    NOT NULL,
  expires_at TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  revoked_at TEXT,
  -- 'rotated' | 'logout' | 'reuse-detected'
  revoked_reason TEXT
);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
