-- Wrong: keeps drafts in the rows and filters only the groups, so the counts include drafts.
SELECT
  u.display_name,
  COUNT(*)            AS published_posts,
  MAX(p.published_at) AS last_published
FROM posts p
JOIN users u ON u.id = p.author_id
GROUP BY u.id, u.display_name  -- group by id too: two authors may share a display name
HAVING COUNT(*) FILTER (WHERE p.status = 'published') >= 2  -- group filter: the count exists only after grouping
ORDER BY last_published DESC;
