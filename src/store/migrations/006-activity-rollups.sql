-- status and progress read the learner's history from running totals instead of every row of it:
-- years of check-ins and attempts cost them what a fresh profile does. Triggers keep the totals in
-- the transaction that writes the row (a check-in, an import, a restore of rows…), so they cannot
-- drift from the rows; rows are only ever added, and the delete triggers keep even a removal exact.

-- One row per local day with any activity: its check-ins and their hours, and how many things
-- happened (check-ins, exercise attempts, quizzes, weeks completed). An attempt's, quiz's or week's day is the local day
-- when it was recorded (the check-in's own `day` already is); the rows before this migration get the
-- local day of the machine migrating them.
CREATE TABLE activity_days (
  day           TEXT    PRIMARY KEY,          -- YYYY-MM-DD, local
  checkins      INTEGER NOT NULL DEFAULT 0,
  hours         REAL    NOT NULL DEFAULT 0,
  events        INTEGER NOT NULL DEFAULT 0    -- 0: everything of that day was removed
) WITHOUT ROWID;

-- Per exercise: how many verify runs and the latest one, beside what exercise_state already held.
ALTER TABLE exercise_state ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exercise_state ADD COLUMN last_attempt_at TEXT;

INSERT INTO exercise_state (exercise_id) SELECT DISTINCT exercise_id FROM exercise_attempts WHERE true
  ON CONFLICT (exercise_id) DO NOTHING;
UPDATE exercise_state SET
  attempts = (SELECT COUNT(*) FROM exercise_attempts a WHERE a.exercise_id = exercise_state.exercise_id),
  last_attempt_at = (SELECT MAX(created_at) FROM exercise_attempts a WHERE a.exercise_id = exercise_state.exercise_id);

INSERT INTO activity_days (day, checkins, hours, events)
  SELECT day, SUM(checkins), TOTAL(hours), COUNT(*) FROM (
    SELECT day, 1 AS checkins, hours FROM checkins
    UNION ALL SELECT date(created_at, 'localtime'), 0, 0 FROM exercise_attempts
    UNION ALL SELECT date(created_at, 'localtime'), 0, 0 FROM quiz_results
    UNION ALL SELECT date(completed_at, 'localtime'), 0, 0 FROM week_progress WHERE completed_at IS NOT NULL
  ) GROUP BY day;

CREATE TRIGGER checkins_add_activity AFTER INSERT ON checkins BEGIN
  INSERT INTO activity_days (day, checkins, hours, events) VALUES (NEW.day, 1, NEW.hours, 1)
    ON CONFLICT (day) DO UPDATE SET checkins = checkins + 1, hours = hours + excluded.hours, events = events + 1;
END;
CREATE TRIGGER checkins_remove_activity AFTER DELETE ON checkins BEGIN
  UPDATE activity_days SET checkins = checkins - 1, hours = MAX(hours - OLD.hours, 0), events = events - 1 WHERE day = OLD.day;
END;

CREATE TRIGGER exercise_attempts_add_activity AFTER INSERT ON exercise_attempts BEGIN
  INSERT INTO exercise_state (exercise_id, attempts, last_attempt_at) VALUES (NEW.exercise_id, 1, NEW.created_at)
    ON CONFLICT (exercise_id) DO UPDATE SET attempts = attempts + 1,
      last_attempt_at = MAX(COALESCE(last_attempt_at, ''), excluded.last_attempt_at);
  INSERT INTO activity_days (day, events) VALUES (date(NEW.created_at, 'localtime'), 1)
    ON CONFLICT (day) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER exercise_attempts_remove_activity AFTER DELETE ON exercise_attempts BEGIN
  UPDATE exercise_state SET attempts = attempts - 1,
    last_attempt_at = (SELECT MAX(created_at) FROM exercise_attempts WHERE exercise_id = OLD.exercise_id)
    WHERE exercise_id = OLD.exercise_id;
  UPDATE activity_days SET events = events - 1 WHERE day = date(OLD.created_at, 'localtime');
END;

CREATE TRIGGER quiz_results_add_activity AFTER INSERT ON quiz_results BEGIN
  INSERT INTO activity_days (day, events) VALUES (date(NEW.created_at, 'localtime'), 1)
    ON CONFLICT (day) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER quiz_results_remove_activity AFTER DELETE ON quiz_results BEGIN
  UPDATE activity_days SET events = events - 1 WHERE day = date(OLD.created_at, 'localtime');
END;

-- a week counts once completed; un-marking it (completed_at back to NULL) takes its day's event back
CREATE TRIGGER week_progress_add_activity AFTER INSERT ON week_progress WHEN NEW.completed_at IS NOT NULL BEGIN
  INSERT INTO activity_days (day, events) VALUES (date(NEW.completed_at, 'localtime'), 1)
    ON CONFLICT (day) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER week_progress_change_activity AFTER UPDATE OF completed_at ON week_progress
  WHEN OLD.completed_at IS NOT NEW.completed_at BEGIN
  UPDATE activity_days SET events = events - 1 WHERE OLD.completed_at IS NOT NULL AND day = date(OLD.completed_at, 'localtime');
  INSERT INTO activity_days (day, events) SELECT date(NEW.completed_at, 'localtime'), 1 WHERE NEW.completed_at IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER week_progress_remove_activity AFTER DELETE ON week_progress WHEN OLD.completed_at IS NOT NULL BEGIN
  UPDATE activity_days SET events = events - 1 WHERE day = date(OLD.completed_at, 'localtime');
END;
