CREATE TABLE customers (
  id          SERIAL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  email       VARCHAR(255) NOT NULL UNIQUE,
  country     CHAR(2) NOT NULL,
  age         INTEGER NOT NULL,
  signed_up   DATE NOT NULL,
  deleted_at  TIMESTAMPTZ
);

INSERT INTO customers (name, email, country, age, signed_up, deleted_at) VALUES
  ('Anna Schmidt',   'anna@example.com',        'DE', 31, '2024-02-11', NULL),
  ('Bruno Costa',    'bruno@example.com',       'PT', 29, '2024-03-02', NULL),          -- country
  ('Chloe Martin',   'chloe@Example.COM',       'FR', 25, '2023-11-20', NULL),          -- upper-case domain, age 25
  ('Daan de Vries',  'daan@example.com',        'NL', 40, '2025-01-05', NULL),          -- age 40
  ('Emma Weber',     'emma@example.com',        'DE', 41, '2024-07-19', NULL),          -- too old
  ('Farid Haddad',   'farid@example.com.evil',  'FR', 33, '2024-05-30', NULL),          -- wrong domain
  ('Greta Jansen',   'greta@example.com',       'NL', 27, '2024-08-14', '2025-02-01'),  -- deleted
  ('Hugo Lefevre',   'hugo@example.org',        'FR', 35, '2024-09-09', NULL),          -- wrong domain
  ('Ines Vogel',     'ines@example.com',        'DE', 24, '2024-10-01', NULL),          -- too young
  ('Jules Bernard',  'jules@mail.example.com',  'FR', 30, '2024-12-12', NULL),          -- subdomain
  ('Karin Bakker',   'karin@example.com',       'NL', 38, '2025-03-03', NULL),
  ('Lea Richter',    'lea@example.com',         'AT', 28, '2025-04-04', NULL);          -- country
