-- Wrong: breaks ties by the most recent post instead of by name, as the editors asked: two
-- authors with 3 posts come out in the other order.
SELECT
  u.name,
  COUNT(*)          AS post_count,
  MAX(p.created_at) AS last_post_date
FROM users u
-- An inner join: authors without a published post have no row to group, so they drop out.
JOIN posts p ON p.author_id = u.id
WHERE u.created_at >= '2024-01-01'
  AND p.published
GROUP BY u.id, u.name
-- The name settles ties, so the same data always gives the same top 3.
ORDER BY post_count DESC, last_post_date DESC
LIMIT 3;
