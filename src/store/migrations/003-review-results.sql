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
