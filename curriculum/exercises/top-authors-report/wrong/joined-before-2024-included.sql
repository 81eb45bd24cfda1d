-- Wrong: the join-date filter is missing, so Ada (who joined in 2023) tops the board.
SELECT
  u.name,
  COUNT(*)          AS post_count,
  MAX(p.created_at) AS last_post_date
FROM users u
-- An inner join: authors without a published post have no row to group, so they drop out.
JOIN posts p ON p.author_id = u.id
WHERE p.published
GROUP BY u.id, u.name
-- The name settles ties, so the same data always gives the same top 3.
ORDER BY post_count DESC, u.name ASC
LIMIT 3;
