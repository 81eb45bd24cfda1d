-- Week 5 — Insert, update and delete rows
--
-- Write four statements, in this order:
-- 1. INSERT Margaret Hamilton (margaret@example.com) and Ken Thompson (ken@example.com),
--    both with password_hash 'not-a-real-hash'
-- 2. UPDATE alan@example.com's display_name to 'Alan M. Turing'
-- 3. set role = 'author' for grace@example.com
-- 4. DELETE every user whose email ends with '@bot.test'
--
-- Tip: try each WHERE clause in a SELECT first.

SELECT id, email, display_name, role FROM users ORDER BY id;
