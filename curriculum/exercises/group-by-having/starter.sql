-- Week 6 — Aggregate with GROUP BY and HAVING
--
-- Authors with at least 2 PUBLISHED posts: display_name, published_posts, last_published
-- (their latest published_at), sorted by last_published, most recent first.
--
-- This draft counts drafts too and keeps everyone. Add the two missing filters.

SELECT u.display_name, COUNT(*) AS published_posts, MAX(p.published_at) AS last_published
FROM posts p
JOIN users u ON u.id = p.author_id
GROUP BY u.id, u.display_name
ORDER BY last_published DESC;
