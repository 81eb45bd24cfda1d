-- Initial schema (SQLite). Money is INTEGER cents; times are ISO-8601 UTC text
-- written by the app. CHECK constraints are the last line of defence: even a
-- buggy query cannot make stock negative.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  email         TEXT    NOT NULL UNIQUE,
  name          TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'admin')),
  created_at    TEXT    NOT NULL
);

CREATE TABLE products (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  sku         TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  category    TEXT    NOT NULL,
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
  archived_at TEXT,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);
CREATE INDEX products_category_idx ON products (category);
CREATE INDEX products_price_idx ON products (price_cents);

CREATE TABLE cart_items (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  added_at   TEXT    NOT NULL,
  PRIMARY KEY (user_id, product_id)
);

CREATE TABLE orders (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id          INTEGER NOT NULL REFERENCES users (id),
  status           TEXT    NOT NULL
                   CHECK (status IN ('pending_payment', 'paid', 'shipped', 'cancelled')),
  total_cents      INTEGER NOT NULL CHECK (total_cents >= 0),
  currency         TEXT    NOT NULL,
  shipping_address TEXT    NOT NULL, -- JSON
  created_at       TEXT    NOT NULL,
  updated_at       TEXT    NOT NULL,
  paid_at          TEXT,
  shipped_at       TEXT,
  cancelled_at     TEXT
);
CREATE INDEX orders_user_idx ON orders (user_id, created_at);

CREATE TABLE order_items (
  order_id         INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id       INTEGER NOT NULL REFERENCES products (id),
  product_name     TEXT    NOT NULL, -- copied at order time: later renames do not change old orders
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);

CREATE TABLE payments (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  order_id      INTEGER NOT NULL REFERENCES orders (id),
  provider      TEXT    NOT NULL,
  provider_ref  TEXT    NOT NULL UNIQUE, -- the provider's payment intent id
  client_secret TEXT    NOT NULL,
  amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
  currency      TEXT    NOT NULL,
  status        TEXT    NOT NULL CHECK (status IN
                  ('requires_confirmation', 'processing', 'succeeded', 'failed', 'refunded')),
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);
CREATE INDEX payments_order_idx ON payments (order_id);

-- Every webhook event id we accepted: a second delivery of the same event is a replay.
CREATE TABLE webhook_events (
  event_id    TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  received_at TEXT NOT NULL
);

-- One row per (user, endpoint, Idempotency-Key). status_code is NULL while the
-- first request is still running.
CREATE TABLE idempotency_keys (
  user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  scope         TEXT    NOT NULL,
  idem_key      TEXT    NOT NULL,
  request_hash  TEXT    NOT NULL,
  status_code   INTEGER,
  response_body TEXT,
  created_at    TEXT    NOT NULL,
  PRIMARY KEY (user_id, scope, idem_key)
);
