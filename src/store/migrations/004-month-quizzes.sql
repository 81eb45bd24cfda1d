-- A quiz result belongs to a week (1-16) or to a month's review quiz (1-4), never both.
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt with its rows.
CREATE TABLE quiz_results_v4 (
  id            INTEGER PRIMARY KEY,
  uid           TEXT    NOT NULL UNIQUE,
  week          INTEGER CHECK (week BETWEEN 1 AND 16),
  month         INTEGER CHECK (month BETWEEN 1 AND 4),
  created_at    TEXT    NOT NULL,
  score         INTEGER NOT NULL,
  total         INTEGER NOT NULL,
  answers       TEXT    NOT NULL,           -- JSON array: chosen choice per question, its written position (a = 0)
  CHECK ((week IS NULL) <> (month IS NULL))
);
INSERT INTO quiz_results_v4 (id, uid, week, month, created_at, score, total, answers)
  SELECT id, uid, week, NULL, created_at, score, total, answers FROM quiz_results;
DROP TABLE quiz_results;
ALTER TABLE quiz_results_v4 RENAME TO quiz_results;
