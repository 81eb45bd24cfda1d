-- Wrong: indexes the status column (two values: it barely narrows anything) and forgets the
-- foreign key column author_id.
-- Foreign key columns are not indexed automatically; lookups and joins by author need one.

-- Partial: only published rows are indexed, already ordered by published_at for the home page.
-- (B-tree indexes can be read backwards, so ORDER BY published_at DESC uses it too.)
CREATE INDEX idx_posts_published_at ON posts (status, published_at);
