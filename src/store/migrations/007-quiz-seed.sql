-- What orders a learner's quiz choices. It was the profile's creation time, which two learners
-- created in the same millisecond share; new profiles get a random one. NULL (every profile before
-- this migration) still means the creation time, so an existing learner's order does not change.
ALTER TABLE profile ADD COLUMN quiz_seed TEXT;
