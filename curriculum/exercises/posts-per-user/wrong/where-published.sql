-- Wrong: WHERE p.status = 'published' throws away the NULL rows of users without posts (and the
-- drafts), turning the LEFT JOIN back into an inner one.
SELECT
  u.id,
  u.display_name,
  -- COUNT(column) skips NULLs, so a user without posts counts 0, not 1 as with COUNT(*).
  COUNT(p.id) AS total_posts,
  -- Filter inside the aggregate: a WHERE on p.status would drop users without posts.
  COUNT(p.id) AS published_posts
FROM users u
LEFT JOIN posts p ON p.author_id = u.id
WHERE p.status = 'published'
GROUP BY u.id, u.display_name
ORDER BY u.id;
