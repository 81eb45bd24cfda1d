-- Week 5 — Filter rows with WHERE, LIKE, IN, BETWEEN and IS NULL (reference solution)

SELECT id, name, email
FROM customers
WHERE email ILIKE '%@example.com'          -- ILIKE: case-insensitive; the leading % is the local part
  AND country IN ('DE', 'FR', 'NL')
  AND age BETWEEN 25 AND 40                -- inclusive on both ends
  AND deleted_at IS NULL                   -- "= NULL" is never true
ORDER BY id;
