-- Week 6 — The "top authors" report
--
-- display_name, post_count (published posts), last_published (their latest published_at)
-- for users who joined on or after 2024-01-01 and have at least one published post;
-- ORDER BY post_count DESC, then display_name; at most 3 rows.

SELECT 1;
