-- Week 6 — Aggregate with GROUP BY and HAVING
--
-- Authors with at least 2 PUBLISHED posts: name, published_posts, total_views
-- (views of published posts only), sorted by total_views, highest first.
--
-- This draft counts drafts too and keeps everyone. Add the two missing filters.

SELECT u.name, COUNT(*) AS published_posts, SUM(p.views) AS total_views
FROM posts p
JOIN users u ON u.id = p.author_id
GROUP BY u.id, u.name
ORDER BY total_views DESC;
