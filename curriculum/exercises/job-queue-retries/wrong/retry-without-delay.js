// WRONG: a failed job is due again at once (no backoff): it burns through its attempts in one go
import { randomUUID } from 'node:crypto';

/**
 * @param {{ handler: (payload: any, job: { jobId: string, attempt: number }) => any,
 *           concurrency?: number, maxAttempts?: number, backoffMs?: number, now?: () => number }} options
 */
export function createJobQueue({ handler, concurrency = 2, maxAttempts = 5, backoffMs = 1000, now = () => Date.now() }) {
  const jobs = new Map();
  const dead = [];
  let seq = 0;
  let active = 0;

  function nextDue() {
    const t = now();
    let best;
    for (const job of jobs.values()) {
      if (job.state !== 'waiting' || job.runAt > t) continue;
      if (!best || job.runAt < best.runAt || (job.runAt === best.runAt && job.seq < best.seq)) best = job;
    }
    return best;
  }

  async function run(job) {
    job.state = 'active';
    job.attempts += 1;
    try {
      job.result = await handler(job.payload, { jobId: job.jobId, attempt: job.attempts });
      job.state = 'completed';
    } catch (error) {
      job.error = error instanceof Error ? error.message : String(error);
      if (job.attempts < maxAttempts) {
        job.state = 'waiting';
        job.runAt = now();
      } else {
        job.state = 'dead';
        dead.push({ jobId: job.jobId, payload: job.payload, attempts: job.attempts, error: job.error });
      }
    }
  }

  return {
    enqueue(payload, { jobId = randomUUID() } = {}) {
      // At-least-once meets idempotency: the same jobId is one job, whatever state it is in.
      if (!jobs.has(jobId)) jobs.set(jobId, { jobId, payload, state: 'waiting', attempts: 0, runAt: now(), seq: seq++, result: undefined, error: undefined });
      return jobId;
    },

    work() {
      return new Promise((resolve) => {
        const pump = () => {
          let job;
          while (active < concurrency && (job = nextDue())) {
            active += 1;
            run(job).finally(() => {
              active -= 1;
              pump();
            });
          }
          if (active === 0) resolve();
        };
        pump();
      });
    },

    status(jobId) {
      const job = jobs.get(jobId);
      if (!job) return undefined;
      const { state, attempts, runAt, result, error } = job;
      return { state, attempts, runAt, result, error };
    },

    deadLetters() {
      return dead.map((d) => ({ ...d }));
    },
  };
}
