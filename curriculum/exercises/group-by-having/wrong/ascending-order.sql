-- Wrong: ORDER BY total_views without DESC lists the least-read regular writer first.
SELECT
  u.name,
  COUNT(*)     AS published_posts,
  SUM(p.views) AS total_views
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.published            -- row filter: runs before grouping, so drafts never reach the sums
GROUP BY u.id, u.name        -- group by id too: two authors may share a name
HAVING COUNT(*) >= 2         -- group filter: the count exists only after grouping
ORDER BY total_views;
