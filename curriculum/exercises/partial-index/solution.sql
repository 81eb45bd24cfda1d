-- Week 6 — Add the right indexes, including a partial one (reference solution)

-- Foreign key columns are not indexed automatically; lookups and joins by author need one.
CREATE INDEX idx_posts_author_id ON posts (author_id);

-- Partial: only published rows are indexed, already ordered by published_at for the home page.
-- (B-tree indexes can be read backwards, so ORDER BY published_at DESC uses it too.)
CREATE INDEX idx_posts_published_at ON posts (published_at) WHERE status = 'published';
