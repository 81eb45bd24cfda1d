import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { describeDatabase, openDatabase } from './db/client.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './lib/logger.js';

async function main(): Promise<void> {
  // Local development reads .env (Node >= 20.12); containers get real environment variables.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = createLogger(config.env);
  if (config.jwt.usingDevSecret) {
    logger.warn(
      'JWT_SECRET is not set: using the built-in development secret (NODE_ENV=' +
        `${config.env}). Set JWT_SECRET before deploying; production refuses to start without it.`,
    );
  }

  const database = openDatabase(config);
  const applied = await migrate(database);
  logger.info(
    `Database: ${describeDatabase(config)}; migrations applied now: ${applied.length ? applied.join(', ') : 'none'}`,
  );

  const app = createApp({ db: database.db, config, logger });
  // Express 5 calls this back with an error too (e.g. EADDRINUSE).
  const server = app.listen(config.port, config.host, (err?: Error) => {
    if (err) {
      logger.error(`Cannot listen on ${config.host}:${config.port}`, err);
      process.exit(1);
    }
    logger.info(
      `Blog API listening on http://${config.host}:${config.port} (docs: /docs/openapi.json)`,
    );
  });

  const shutdown = (signal: string) => {
    logger.info(`${signal} received, shutting down`);
    server.close(() => {
      database.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref(); // do not hang forever on open connections
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Refusing to start: ${err.message}`);
  } else {
    console.error('Failed to start:', err);
  }
  process.exit(1);
});
