// Real PostgreSQL and Redis for `test:templates`: a fresh database per --db postgres project,
// a Redis database number per project. When a server does not answer we say so loudly and the
// projects fall back to their embedded test databases; we never pass silently.
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';

const PG_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_DEFAULT = 'redis://127.0.0.1:6379';

const psql = (url, sql) => execa('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], { reject: false, timeout: 15_000, env: { PGCONNECT_TIMEOUT: '3' } });

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Sends RESP commands (arrays of strings) and resolves with the raw reply, or rejects. */
function redisCommand(url, commands) {
  const { hostname, port } = new URL(url);
  const payload = commands.map((args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`).join('');
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    let reply = '';
    socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () => socket.write(payload));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.split('\r\n').length > commands.length) socket.end();
    });
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

export async function probePostgres(env = process.env) {
  const url = env.DATABASE_URL || PG_DEFAULT;
  const probe = await psql(url, 'SELECT 1').catch((error) => ({ exitCode: 1, stderr: error.message }));
  if (probe.exitCode === 0) return { url };
  console.log(`WARNING: no PostgreSQL at ${url} (${(probe.stderr || probe.shortMessage || '').trim().split('\n')[0]}): postgres variants fall back to their embedded/sqlite test database`);
  return undefined;
}

export async function probeRedis(env = process.env) {
  const url = env.REDIS_URL || REDIS_DEFAULT;
  const reply = await redisCommand(url, [['PING']]).catch((error) => `-${error.message}`);
  if (reply.startsWith('+PONG')) return { url, next: 1 + Math.floor(Math.random() * 15) }; // random start: fewer clashes with concurrent runs
  console.log(`WARNING: no Redis at ${url} (${reply.trim()}): projects run without REDIS_URL`);
  return undefined;
}

/** CREATE DATABASE brm_<random>; returns its URL and a drop() that never throws. */
export async function freshDatabase(pg) {
  const name = `brm_${randomBytes(6).toString('hex')}`;
  const created = await psql(pg.url, `CREATE DATABASE ${name}`);
  if (created.exitCode !== 0) throw new Error(`CREATE DATABASE ${name} failed: ${created.stderr.trim()}`);
  return {
    name,
    url: withDatabase(pg.url, name),
    drop: async () => {
      const dropped = await psql(pg.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (dropped.exitCode !== 0) console.log(`WARNING: could not drop database ${name}: ${dropped.stderr.trim()}`);
    },
  };
}

/** A Redis database number of its own (1-15, database 0 is left alone), flushed before and after. */
export async function freshRedisDb(redis) {
  const n = redis.next;
  redis.next = (redis.next % 15) + 1;
  const base = new URL(redis.url);
  const url = `redis://${base.host}/${n}`;
  const flush = () => redisCommand(redis.url, [['SELECT', String(n)], ['FLUSHDB']]).catch(() => undefined);
  await flush();
  return { url, release: flush };
}
