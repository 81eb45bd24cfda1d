import { createApp } from './app.js';
import { loadConfig, loadDotEnv, type Config } from './config.js';
import { describeDatabase, openDatabase, type Database } from './db/index.js';
import { migrate } from './db/migrate.js';
import { ConfigError } from './errors.js';
import { createLogger } from './lib/logger.js';

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Refusing to start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
for (const warning of config.warnings) logger.warn(warning);

async function openAndMigrate(): Promise<Database> {
  try {
    const db = openDatabase(config.database);
    const applied = await migrate(db);
    const done = applied.length > 0 ? applied.join(', ') : 'none';
    logger.info(`Database: ${describeDatabase(config.database)}; migrations applied now: ${done}`);
    return db;
  } catch (err) {
    logger.error(`Cannot use the database (${describeDatabase(config.database)}): ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

const db = await openAndMigrate();

const app = createApp({ db, config, logger });
const server = app.listen(config.port, () => {
  logger.info(`Shop API listening on http://localhost:${config.port} (${config.env})`);
});

async function shutdown(signal: string): Promise<void> {
  logger.info(`${signal} received, closing`);
  server.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
