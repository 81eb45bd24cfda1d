-- One row per stage run by `backend-roadmap review`: which stages of which project passed, and when.
CREATE TABLE review_results (
  id            INTEGER PRIMARY KEY,
  project_path  TEXT    NOT NULL,           -- absolute path of the reviewed folder
  project       TEXT    NOT NULL,           -- e.g. blog-api
  stage_id      TEXT    NOT NULL,
  passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
  at            TEXT    NOT NULL            -- UTC ISO-8601
);
CREATE INDEX review_results_latest ON review_results (project_path, project, stage_id, at);

-- Weeks can also be completed by passing all of a project's stages for that week: a new source.
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt with its rows.
CREATE TABLE week_progress_v3 (
  week          INTEGER PRIMARY KEY CHECK (week BETWEEN 1 AND 16),
  completed_at  TEXT,                        -- NULL: not complete
  source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'exercises', 'import', 'review'))
);
INSERT INTO week_progress_v3 (week, completed_at, source) SELECT week, completed_at, source FROM week_progress;
DROP TABLE week_progress;
ALTER TABLE week_progress_v3 RENAME TO week_progress;
