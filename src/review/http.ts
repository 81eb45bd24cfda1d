import { checkResponse, statusMatches, type Mismatch, type Observed } from './expect.js';
import { readPath } from './json-path.js';
import type { HttpStep, Matcher } from './schema.js';
import { expand, type Vars } from './template-values.js';

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpContext {
  baseUrl: string;
  vars: Vars;
  shapes: Record<string, Record<string, Matcher>>;
  timeoutMs?: number;
}

export interface HttpStepResult {
  ok: boolean;
  request: SentRequest;
  /** how the request was sent when it was not once: "sent 20 at once", "sent up to 30 times" */
  note?: string;
  observed?: Observed;
  mismatch?: Mismatch;
}

/** Builds the concrete request: templates expanded, JSON serialised, content-type set. */
export function buildRequest(step: HttpStep, ctx: HttpContext): { request: SentRequest; sentJson: unknown } {
  const send = step.send;
  const sentJson = send.json === undefined ? undefined : expand(send.json, ctx.vars);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(send.headers ?? {})) headers[k.toLowerCase()] = String(expand(v, ctx.vars, sentJson));
  let body: string | undefined;
  if (sentJson !== undefined) {
    body = JSON.stringify(sentJson);
    headers['content-type'] ??= 'application/json';
  } else if (send.body !== undefined) body = send.body;
  const path = String(expand(send.path, ctx.vars, sentJson));
  return { request: { method: send.method, url: new URL(path, ctx.baseUrl).href, headers, ...(body !== undefined ? { body } : {}) }, sentJson };
}

async function perform(req: SentRequest, timeoutMs: number): Promise<Observed> {
  const res = await fetch(req.url, {
    method: req.method,
    // no keep-alive: a graceful shutdown of the learner's server then never waits for our idle sockets
    headers: { ...req.headers, connection: 'close' },
    ...(req.body !== undefined ? { body: req.body } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), text, json };
}

function describeNetworkError(error: unknown, req: SentRequest): Mismatch {
  const inner = (error as { cause?: { code?: string; message?: string } }).cause;
  const cause = inner?.code ?? (error as Error).name;
  const actual =
    cause === 'TimeoutError'
      ? 'no answer in time (the request timed out)'
      : cause === 'ECONNREFUSED'
        ? 'connection refused: is the server still running?'
        : `the connection failed (${inner?.message ?? (error as Error).message})`;
  return { what: 'response', expected: `an HTTP answer from ${new URL(req.url).host}`, actual };
}

function capture(step: HttpStep, observed: Observed, vars: Vars): Mismatch | undefined {
  for (const [name, source] of Object.entries(step.capture ?? {})) {
    if (source.startsWith('header:')) {
      const value = observed.headers[source.slice(7)];
      if (value === undefined) return { what: `header ${source.slice(7)}`, expected: 'present (later steps need it)', actual: 'missing' };
      vars.set(name, value);
      continue;
    }
    const r = observed.json === undefined ? undefined : readPath(observed.json, source);
    if (!r?.found) return { what: `body ${source}`, expected: 'present (later steps need it)', actual: observed.text.slice(0, 400) || 'an empty body' };
    vars.set(name, r.value);
  }
  return undefined;
}

async function runParallel(step: HttpStep, req: SentRequest, ctx: HttpContext, timeoutMs: number): Promise<HttpStepResult> {
  const { count, statusCounts } = step.parallel!;
  const vary = Object.entries(step.parallel!.vary ?? {}).map(([name, values]) => [name.toLowerCase(), values.map((v) => String(expand(v, ctx.vars)))] as const);
  const nth = (i: number): SentRequest => (vary.length ? { ...req, headers: { ...req.headers, ...Object.fromEntries(vary.map(([n, v]) => [n, v[i % v.length]!])) } } : req);
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => perform(nth(i), timeoutMs)));
  const tally = new Map<number, number>();
  for (const a of answers) tally.set(a.status, (tally.get(a.status) ?? 0) + 1);
  const got = [...tally].map(([s, n]) => `${n}× ${s}`).join(', ');
  const note = `sent ${count} times at once`;
  for (const [status, want] of Object.entries(statusCounts)) {
    const n = tally.get(Number(status)) ?? 0;
    if (n !== want) return { ok: false, request: req, note, mismatch: { what: `statuses of ${count} parallel requests`, expected: `exactly ${want}× ${status}`, actual: got } };
  }
  return { ok: true, request: req, note };
}

/** Sends one step's request(s) and checks the answer; captures feed later steps. */
export async function runHttpStep(step: HttpStep, ctx: HttpContext): Promise<HttpStepResult> {
  const timeoutMs = ctx.timeoutMs ?? 10_000;
  let built;
  try {
    built = buildRequest(step, ctx);
  } catch (error) {
    return { ok: false, request: { method: step.send.method, url: step.send.path, headers: {} }, mismatch: { what: 'request', expected: 'values from earlier steps', actual: (error as Error).message } };
  }
  const { request, sentJson } = built;
  try {
    if (step.parallel) return await runParallel(step, request, ctx, timeoutMs);
    let observed = await perform(request, timeoutMs);
    let note: string | undefined;
    if (step.repeat) {
      let sent = 1;
      while (sent < step.repeat.times && !statusMatches(observed.status, step.repeat.until.status)) {
        observed = await perform(request, timeoutMs);
        sent += 1;
      }
      note = `sent ${sent} times`;
      if (!statusMatches(observed.status, step.repeat.until.status)) {
        return { ok: false, request, note, observed, mismatch: { what: 'status', expected: `${String(step.repeat.until.status)} within ${step.repeat.times} requests`, actual: `still ${observed.status} after ${sent}` } };
      }
    }
    const expectation = expand(step.expect, ctx.vars, sentJson);
    const mismatch = checkResponse(observed, expectation, ctx.shapes) ?? capture(step, observed, ctx.vars);
    return { ok: !mismatch, request, observed, ...(note ? { note } : {}), ...(mismatch ? { mismatch } : {}) };
  } catch (error) {
    return { ok: false, request, mismatch: describeNetworkError(error, request) };
  }
}
