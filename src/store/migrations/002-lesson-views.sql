-- Which lessons the learner has opened, so "next action" moves on from "read the lesson".
CREATE TABLE lesson_views (
  week            INTEGER PRIMARY KEY CHECK (week BETWEEN 1 AND 16),
  first_viewed_at TEXT NOT NULL,
  last_viewed_at  TEXT NOT NULL
);
