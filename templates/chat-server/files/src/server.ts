import { existsSync } from 'node:fs';
import { loadConfig, type Config } from './config.js';
import { runMigrations } from './db/migrate.js';
import { openDatabase } from './db/sqlite.js';
import { ConfigError } from './errors.js';
import { createLogger } from './lib/logger.js';
import { createChatServer } from './chat-server.js';

// Local development convenience: read .env if there is one (Node >= 20.12).
// Variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
if (config.usingDevSecret) {
  logger.warn(
    `Using the built-in development JWT secret (NODE_ENV=${config.nodeEnv}). Set JWT_SECRET before deploying; ` +
      'the server refuses to start without it when NODE_ENV=production.',
  );
}

const db = openDatabase(config.databasePath);
const applied = runMigrations(db);
logger.info('database ready', { path: config.databasePath, migrationsApplied: applied });

const chat = createChatServer(config, db, logger);
const address = await chat.listen(config.port, config.host);
logger.info('chat server listening', {
  http: `http://${config.host}:${address.port}`,
  websocket: `ws://${config.host}:${address.port}/ws?token=...`,
});

let shuttingDown = false;
async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info('shutting down', { signal });
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  await chat.close();
  db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
