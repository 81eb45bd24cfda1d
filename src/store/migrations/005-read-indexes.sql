-- status and progress stay as fast with years of history as with none: the latest check-ins come
-- from an index instead of sorting the table, and the distinct days and total hours are read from
-- an index alone (it replaces the day index it extends).
CREATE INDEX IF NOT EXISTS checkins_created ON checkins (created_at);
CREATE INDEX IF NOT EXISTS checkins_day_hours ON checkins (day, hours);
DROP INDEX IF EXISTS checkins_day;
