-- Week 6 — Aggregate with GROUP BY and HAVING (reference solution)

SELECT
  u.display_name,
  COUNT(*)            AS published_posts,
  MAX(p.published_at) AS last_published
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.status = 'published'  -- row filter: runs before grouping, so drafts never reach the count
GROUP BY u.id, u.display_name  -- group by id too: two authors may share a display name
HAVING COUNT(*) >= 2  -- group filter: the count exists only after grouping
ORDER BY last_published DESC;
