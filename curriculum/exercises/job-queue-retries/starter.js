// Week 12 — an in-memory job queue: retries with exponential backoff, a concurrency limit, a dead-letter list.
import { randomUUID } from 'node:crypto';

/**
 * @param {{ handler: (payload: any, job: { jobId: string, attempt: number }) => any,
 *           concurrency?: number, maxAttempts?: number, backoffMs?: number, now?: () => number }} options
 */
export function createJobQueue({ handler, concurrency = 2, maxAttempts = 5, backoffMs = 1000, now = () => Date.now() }) {
  // Suggested state: jobId → { payload, state, attempts, runAt, seq, result, error }, a dead-letter array.

  return {
    /** @returns {string} the job id */
    enqueue(payload, { jobId } = {}) {
      throw new Error('Not implemented yet: enqueue');
    },

    /** Runs the due jobs; resolves when none is running and none is due. */
    async work() {
      throw new Error('Not implemented yet: work');
    },

    status(jobId) {
      return undefined;
    },

    deadLetters() {
      return [];
    },
  };
}
