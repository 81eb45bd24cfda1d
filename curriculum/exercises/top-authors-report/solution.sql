-- Week 6 — The "top authors" report (reference solution)

SELECT
  u.display_name,
  COUNT(*)            AS post_count,
  MAX(p.published_at) AS last_published
FROM users u
-- An inner join: authors without a published post have no row to group, so they drop out.
JOIN posts p ON p.author_id = u.id
WHERE u.created_at >= '2024-01-01'
  AND p.status = 'published'
GROUP BY u.id, u.display_name
-- The name settles ties, so the same data always gives the same top 3.
ORDER BY post_count DESC, u.display_name ASC
LIMIT 3;
