-- 001: users, posts, comments, categories, tags and refresh tokens (PostgreSQL).
-- users, posts, categories, post_categories and comments are the course's blog schema (weeks 5
-- and 6); what this API adds is listed in the README ("Database schema").

CREATE TABLE users (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
  username      text        NOT NULL UNIQUE,
  display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  password_hash text        NOT NULL,
  role          text        NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'author', 'admin')),
  bio           text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id    integer     NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body         text        NOT NULL DEFAULT '',
  status       text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE INDEX posts_status_created_at_idx ON posts (status, created_at);

CREATE TABLE comments (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  post_id    integer     NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  -- a deleted user's comments stay, signed by nobody
  author_id  integer     REFERENCES users(id) ON DELETE SET NULL,
  body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_post_id_idx ON comments (post_id);

CREATE TABLE categories (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text        NOT NULL UNIQUE,
  slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  description text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tags (
  id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  slug text NOT NULL UNIQUE
);

-- many-to-many: a post has many tags, a tag is on many posts
CREATE TABLE post_tags (
  post_id integer NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  tag_id  integer NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);

-- many-to-many: a post is filed under many categories
CREATE TABLE post_categories (
  post_id     integer NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  category_id integer NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_categories_category_id_idx ON post_categories (category_id);

CREATE TABLE refresh_tokens (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    integer     NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash text        NOT NULL UNIQUE,
  family_id  text        NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  -- 'rotated' | 'logout' | 'reuse-detected'
  revoked_reason text
);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
