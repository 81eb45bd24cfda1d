-- Week 6 — Count posts per user with a LEFT JOIN
--
-- For every user (also those without posts): id, display_name, total_posts, published_posts.
-- Sort by id.
--
-- This draft loses every user who has not published anything. Why?

SELECT u.id, u.display_name, COUNT(*) AS total_posts, COUNT(*) AS published_posts
FROM users u
JOIN posts p ON p.author_id = u.id
WHERE p.status = 'published'
GROUP BY u.id, u.display_name
ORDER BY u.id;
