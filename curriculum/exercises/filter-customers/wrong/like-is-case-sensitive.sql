-- Wrong: LIKE is case-sensitive in PostgreSQL, so chloe@Example.COM is left out.
SELECT id, name, email
FROM customers
WHERE email LIKE '%@example.com'
  AND country IN ('DE', 'FR', 'NL')
  AND age BETWEEN 25 AND 40
  AND deleted_at IS NULL
ORDER BY id;
