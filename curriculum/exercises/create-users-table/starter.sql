-- Week 5 — Create a users table with constraints
--
-- This first draft has the right idea but almost none of the rules:
-- add the missing columns, NOT NULL, UNIQUE, the defaults, the primary key and the
-- CHECK on email (see the task's table).

CREATE TABLE users (
  id INTEGER,
  email TEXT,
  display_name TEXT
);
