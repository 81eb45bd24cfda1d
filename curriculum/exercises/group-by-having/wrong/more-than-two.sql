-- Wrong: "at least 2" written as > 2, so authors with exactly two published posts vanish.
SELECT
  u.name,
  COUNT(*)     AS published_posts,
  SUM(p.views) AS total_views
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.published            -- row filter: runs before grouping, so drafts never reach the sums
GROUP BY u.id, u.name        -- group by id too: two authors may share a name
HAVING COUNT(*) > 2         -- group filter: the count exists only after grouping
ORDER BY total_views DESC;
