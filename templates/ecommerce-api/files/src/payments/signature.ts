import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadRequestError } from '../errors.js';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'payment-signature';

export class WebhookVerificationError extends BadRequestError {}

function hmacHex(secret: string, timestamp: number, rawBody: Buffer | string): string {
  // The timestamp is part of what is signed, so an attacker cannot re-date an old delivery.
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Builds the signature header value for `rawBody` at `timestamp` (unix seconds). */
export function signPayload(secret: string, rawBody: Buffer | string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

export interface VerifyOptions {
  secret: string;
  rawBody: Buffer;
  header: string | undefined;
  toleranceSeconds: number;
  now: Date;
}

/**
 * Accepts the delivery only if one v1 signature matches the HMAC of `t.rawBody`
 * (compared with timingSafeEqual) and `t` is within the tolerance window.
 * Several v1 entries are allowed so a secret can be rotated without downtime.
 */
export function verifySignature(options: VerifyOptions): void {
  const { t, v1 } = parseHeader(options.header);
  const expected = Buffer.from(hmacHex(options.secret, t, options.rawBody), 'hex');
  const matches = v1.some((candidate) => {
    const given = Buffer.from(candidate, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) {
    throw new WebhookVerificationError('WEBHOOK_SIGNATURE_INVALID', 'Webhook signature does not match');
  }
  const age = Math.abs(Math.floor(options.now.getTime() / 1000) - t);
  if (age > options.toleranceSeconds) {
    throw new WebhookVerificationError(
      'WEBHOOK_TIMESTAMP_OUT_OF_RANGE',
      `Webhook timestamp is ${age}s away from now (tolerance ${options.toleranceSeconds}s)`,
    );
  }
}

function parseHeader(header: string | undefined): { t: number; v1: string[] } {
  if (!header) {
    throw new WebhookVerificationError('WEBHOOK_SIGNATURE_MISSING', `Missing ${SIGNATURE_HEADER} header`);
  }
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) v1.push(value);
  }
  if (t === undefined || v1.length === 0) {
    throw new WebhookVerificationError('WEBHOOK_SIGNATURE_INVALID', `Malformed ${SIGNATURE_HEADER} header`);
  }
  return { t, v1 };
}
