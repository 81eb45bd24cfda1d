-- Wrong: the join-date filter is missing, so Ada (who joined in 2023) tops the board.
SELECT
  u.display_name,
  COUNT(*)            AS post_count,
  MAX(p.published_at) AS last_published
FROM users u
-- An inner join: authors without a published post have no row to group, so they drop out.
JOIN posts p ON p.author_id = u.id
WHERE p.status = 'published'
GROUP BY u.id, u.display_name
-- The name settles ties, so the same data always gives the same top 3.
ORDER BY post_count DESC, u.display_name ASC
LIMIT 3;
