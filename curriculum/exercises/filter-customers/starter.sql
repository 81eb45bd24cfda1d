-- Week 5 — Filter rows with WHERE, LIKE, IN, BETWEEN and IS NULL
--
-- Return id, name, email of customers who:
--   have an email at example.com (case-insensitive),
--   live in DE, FR or NL,
--   are between 25 and 40 years old (inclusive),
--   and are not deleted (deleted_at has no value).
-- Sort by id.

SELECT id, name, email
FROM customers
WHERE deleted_at = NULL   -- does this ever match?
ORDER BY id;
