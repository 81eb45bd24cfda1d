-- Wrong: age > 25 AND age < 40 leaves out the 25- and 40-year-olds, and '%example.com'
-- without the @ also matches jules@mail.example.com.
SELECT id, name, email
FROM customers
WHERE email ILIKE '%example.com'
  AND country IN ('DE', 'FR', 'NL')
  AND age > 25 AND age < 40
  AND deleted_at IS NULL
ORDER BY id;
