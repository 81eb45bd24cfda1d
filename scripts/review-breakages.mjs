// Deliberate defects for scripts/review-templates.mjs: each edits the built JavaScript of a copy of
// a generated template and names the stage that must catch it. An edit that no longer matches the
// template throws, so a template change cannot silently turn a breakage into a no-op.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function edit(dir, file, from, to) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`breakage no longer applies: ${file} has no ${from}`);
  writeFileSync(path, next);
}

export const BREAKAGES = {
  'blog-api': [
    {
      id: 'no-ownership-check',
      failsAt: 'ownership-401-vs-403',
      apply: (dir) => {
        edit(dir, 'dist/services/posts.service.js', /if \(row\.author_id !== userId\)\s*throw new ForbiddenError\('Only the author can edit this post'\);/, '');
        edit(dir, 'dist/services/posts.service.js', /if \(row\.author_id !== userId\)\s*throw new ForbiddenError\('Only the author can delete this post'\);/, '');
      },
    },
    {
      id: 'stack-traces-in-500s',
      failsAt: 'validation-errors',
      apply: (dir) =>
        edit(dir, 'dist/middleware/error-handler.js', /const httpErr = /, "res.status(500).json({ error: { code: 'INTERNAL', message: String(err?.stack ?? err) } });\n        return;\n        const httpErr = "),
    },
    {
      id: 'validation-as-400',
      failsAt: 'validation-errors',
      apply: (dir) => edit(dir, 'dist/errors.js', /super\(422, 'VALIDATION_FAILED'/, "super(400, 'VALIDATION_ERROR'"),
    },
    {
      id: 'password-hash-in-users',
      failsAt: 'register-and-login',
      apply: (dir) => edit(dir, 'dist/services/mappers.js', /return \{\s*id: row\.id,\s*username: row\.username,/, 'return { id: row.id, passwordHash: row.password_hash, username: row.username,'),
    },
    {
      id: 'display-name-ignored',
      failsAt: 'register-and-login',
      apply: (dir) => edit(dir, 'dist/services/auth.service.js', /display_name: input\.displayName \?\? input\.username/, 'display_name: input.username'),
    },
    {
      id: 'no-rate-limit',
      failsAt: 'rate-limiting',
      apply: (dir) => edit(dir, 'dist/app.js', /app\.use\('\/api\/auth', authRateLimiter\(config\.authRateLimit\)\);/, ''),
    },
  ],
  'chat-server': [
    {
      id: 'no-history-on-join',
      failsAt: 'history',
      apply: (dir) => edit(dir, 'dist/ws/chat-hub.js', /history: this\.options\.messages\.recent\(room, this\.options\.historyLimit\)/, 'history: []'),
    },
  ],
  calculator: [
    {
      id: 'floating-point-noise',
      failsAt: 'readable-numbers',
      apply: (dir) => edit(dir, 'dist/format.js', /return String\(rounded\);/, 'return String(value);'),
    },
  ],
  'user-cli': [
    {
      id: 'errors-on-stdout-with-exit-0',
      failsAt: 'clear-errors',
      apply: (dir) => edit(dir, 'dist/run.js', /io\.stderr\(`Error: \$\{error\.message\}\\n\$\{details\}`\);\s*return error\.exitCode;/, 'io.stdout(`Error: ${error.message}\\n`);\n            return 0;'),
    },
  ],
  'ecommerce-api': [
    {
      id: 'stock-check-outside-the-update',
      failsAt: 'no-oversell',
      apply: (dir) => edit(dir, 'dist/services/orders.service.js', /WHERE id = \? AND stock >= \?/, 'WHERE id = ? AND ? > 0'),
    },
    {
      id: 'idempotency-key-ignored',
      failsAt: 'idempotent-orders',
      apply: (dir) => edit(dir, 'dist/routes/orders.routes.js', /idempotent\(idempotency, 'orders\.create', logger\), /, ''),
    },
  ],
};
