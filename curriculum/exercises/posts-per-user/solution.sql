-- Week 6 — Count posts per user with a LEFT JOIN (reference solution)

SELECT
  u.id,
  u.display_name,
  -- COUNT(column) skips NULLs, so a user without posts counts 0, not 1 as with COUNT(*).
  COUNT(p.id) AS total_posts,
  -- Filter inside the aggregate: a WHERE on p.status would drop users without posts.
  COUNT(p.id) FILTER (WHERE p.status = 'published') AS published_posts
FROM users u
LEFT JOIN posts p ON p.author_id = u.id
GROUP BY u.id, u.display_name
ORDER BY u.id;
