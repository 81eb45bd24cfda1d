-- Wrong: keeps drafts in the rows and filters only the groups, so the counts and the views
-- include drafts.
SELECT
  u.name,
  COUNT(*)     AS published_posts,
  SUM(p.views) AS total_views
FROM posts p
JOIN users u ON u.id = p.author_id
GROUP BY u.id, u.name        -- group by id too: two authors may share a name
HAVING COUNT(*) FILTER (WHERE p.published) >= 2         -- group filter: the count exists only after grouping
ORDER BY total_views DESC;
