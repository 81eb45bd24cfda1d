-- Chat messages, one row per message. AUTOINCREMENT guarantees ids only grow,
-- so `before=<id>` pagination is stable even after deletions.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  nickname TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- History queries are always "newest messages of one room": (room, id) serves them.
CREATE INDEX idx_messages_room_id ON messages (room, id);
