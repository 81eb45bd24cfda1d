-- One learner per data dir: the profile is a single row.
CREATE TABLE profile (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  name          TEXT    NOT NULL,
  track         TEXT    NOT NULL CHECK (track IN ('node', 'python')),
  hours_per_week REAL   NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 80),
  start_date    TEXT    NOT NULL,           -- YYYY-MM-DD, the learner's calendar day
  workspace     TEXT    NOT NULL,           -- absolute path
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

CREATE TABLE week_progress (
  week          INTEGER PRIMARY KEY CHECK (week BETWEEN 1 AND 16),
  completed_at  TEXT,                        -- NULL: not complete
  source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'exercises', 'import'))
);

CREATE TABLE checkins (
  id            INTEGER PRIMARY KEY,
  uid           TEXT    NOT NULL UNIQUE,     -- stable id so import/export never duplicates
  created_at    TEXT    NOT NULL,
  day           TEXT    NOT NULL,            -- YYYY-MM-DD (local day of the check-in)
  week          INTEGER CHECK (week BETWEEN 1 AND 16),
  hours         REAL    NOT NULL CHECK (hours >= 0 AND hours <= 24),
  confidence    INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  built         TEXT    NOT NULL DEFAULT '',
  blockers      TEXT    NOT NULL DEFAULT '',
  notes         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX checkins_day ON checkins (day);

CREATE TABLE exercise_attempts (
  id            INTEGER PRIMARY KEY,
  uid           TEXT    NOT NULL UNIQUE,
  exercise_id   TEXT    NOT NULL,
  created_at    TEXT    NOT NULL,
  passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
  duration_ms   INTEGER NOT NULL,
  summary       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX exercise_attempts_exercise ON exercise_attempts (exercise_id, created_at);

CREATE TABLE exercise_state (
  exercise_id   TEXT    PRIMARY KEY,
  hints_shown   INTEGER NOT NULL DEFAULT 0,
  passed_at     TEXT,
  started_at    TEXT
);

CREATE TABLE quiz_results (
  id            INTEGER PRIMARY KEY,
  uid           TEXT    NOT NULL UNIQUE,
  week          INTEGER NOT NULL CHECK (week BETWEEN 1 AND 16),
  created_at    TEXT    NOT NULL,
  score         INTEGER NOT NULL,
  total         INTEGER NOT NULL,
  answers       TEXT    NOT NULL            -- JSON array of chosen indexes
);

CREATE TABLE projects (
  id            INTEGER PRIMARY KEY,
  uid           TEXT    NOT NULL UNIQUE,
  template      TEXT    NOT NULL,
  path          TEXT    NOT NULL,
  options       TEXT    NOT NULL,           -- JSON
  created_at    TEXT    NOT NULL
);
