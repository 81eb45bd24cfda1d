-- Wrong: deleted_at = NULL is never true (NULL compared with anything is unknown), so the
-- query returns no rows at all.
SELECT id, name, email
FROM customers
WHERE email ILIKE '%@example.com'
  AND country IN ('DE', 'FR', 'NL')
  AND age BETWEEN 25 AND 40
  AND deleted_at = NULL
ORDER BY id;
