-- Week 6 — Add the right indexes, including a partial one
--
-- 1. idx_posts_author_id on posts (author_id)
-- 2. idx_posts_published_at on posts (published_at), only for published posts
--
-- This draft indexes the status column itself, which barely helps either query.

CREATE INDEX idx_posts_status ON posts (status);
