import type WebSocket from 'ws';
import { checkJsonPaths, type Mismatch } from './expect.js';
import { readPath } from './json-path.js';
import { shellQuote } from './curl.js';
import type { Matcher, WsStep } from './schema.js';
import { expand, type Vars } from './template-values.js';
import type { StepFailure } from './types.js';

interface Client {
  url: string;
  socket: WebSocket;
  /** messages not yet matched by a `receive` step (parsed JSON, or the raw text) */
  inbox: unknown[];
  closed?: { code: number; reason: string };
  notify?: () => void;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function parse(data: WebSocket.RawData): unknown {
  const text = data.toString();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Named WebSocket clients that live across the steps (and stages) of one review run. */
export class WsClients {
  private readonly clients = new Map<string, Client>();

  constructor(private readonly baseUrl: string) {}

  closeAll(): void {
    for (const c of this.clients.values()) c.socket.terminate();
    this.clients.clear();
  }

  async run(step: WsStep, index: number, vars: Vars): Promise<StepFailure | undefined> {
    const name = step.client;
    const fail = (sent: string, mismatch: Mismatch): StepFailure => ({ step: step.name, index, sent, mismatch });
    if (step.connect) {
      const miss = await this.connect(name, step.connect, vars);
      if (miss) return fail(this.describe(name, undefined, expand(step.connect.path, vars), expand(step.connect.headers ?? {}, vars)), miss);
    }
    const client = this.clients.get(name);
    if (!client && (step.send !== undefined || step.receive || step.silent)) {
      return fail(`(client ${name})`, { what: 'connection', expected: `client "${name}" to be connected`, actual: 'it never connected or was closed' });
    }
    let sent: unknown;
    if (client && step.send !== undefined) {
      sent = expand(step.send, vars);
      if (client.closed) return fail(this.describe(name, sent), { what: 'connection', expected: 'open', actual: `closed by the server (code ${client.closed.code} ${client.closed.reason})` });
      client.socket.send(JSON.stringify(sent));
    }
    if (client && step.receive) {
      const matchers = expand(step.receive.json, vars, sent);
      const got = await this.receive(client, matchers, step.receive.withinMs);
      if ('mismatch' in got) return fail(this.describe(name, sent), got.mismatch);
      for (const [key, path] of Object.entries(step.capture ?? {})) {
        const r = readPath(got.message, path);
        if (!r.found) return fail(this.describe(name, sent), { what: `message ${path}`, expected: 'present (later steps need it)', actual: JSON.stringify(got.message) });
        vars.set(key, r.value);
      }
    }
    if (client && step.silent) {
      const matchers = expand(step.silent.json, vars, sent);
      await wait(step.silent.forMs);
      const hit = client.inbox.find((m) => !checkJsonPaths(m, matchers, ''));
      if (hit !== undefined) return fail(this.describe(name, sent), { what: `client ${name}`, expected: 'no such message', actual: JSON.stringify(hit) });
    }
    if (client && step.close) {
      client.socket.close(1000, 'done');
      this.clients.delete(name);
    }
    return undefined;
  }

  /** The step as something runnable: a wscat session. */
  private describe(name: string, sent?: unknown, path?: string, headers?: Record<string, string>): string {
    const url = path ? new URL(path, this.baseUrl.replace(/^http/, 'ws')).href : this.clients.get(name)?.url ?? '(not connected)';
    const h = Object.entries(headers ?? {}).map(([k, v]) => ` -H ${shellQuote(`${k}: ${v}`)}`).join('');
    return `npx wscat -c ${shellQuote(url)}${h}${sent === undefined ? '' : `   then send: ${JSON.stringify(sent)}`}`;
  }

  private async connect(name: string, spec: NonNullable<WsStep['connect']>, vars: Vars): Promise<Mismatch | undefined> {
    const { default: WebSocketClass } = await import('ws');
    this.clients.get(name)?.socket.terminate();
    this.clients.delete(name);
    const url = new URL(String(expand(spec.path, vars)), this.baseUrl.replace(/^http/, 'ws')).href;
    const socket = new WebSocketClass(url, { headers: expand(spec.headers ?? {}, vars), handshakeTimeout: 3_000 });
    const client: Client = { url, socket, inbox: [] };
    socket.on('message', (data) => {
      client.inbox.push(parse(data));
      client.notify?.();
    });
    const opened = await new Promise<{ ok: true } | { ok: false; why: string }>((resolve) => {
      socket.once('open', () => resolve({ ok: true }));
      socket.once('unexpected-response', (_req, res) => {
        resolve({ ok: false, why: `HTTP ${res.statusCode} on the upgrade` });
        socket.terminate();
      });
      socket.once('error', (e) => resolve({ ok: false, why: e.message }));
    });
    socket.on('error', () => undefined);
    socket.on('close', (code, reason) => {
      client.closed = { code, reason: reason.toString() };
      client.notify?.();
    });
    if (spec.rejected) {
      if (!opened.ok) return undefined;
      // accepted at first: it must still be closed by the server promptly
      for (let t = 0; t < 20 && !client.closed; t++) await wait(50);
      socket.terminate();
      return client.closed ? undefined : { what: 'connection', expected: 'the server to refuse it (401 on the upgrade, or a close)', actual: 'it stayed open' };
    }
    if (!opened.ok) return { what: 'connection', expected: 'the WebSocket to open', actual: opened.why };
    this.clients.set(name, client);
    return undefined;
  }

  private async receive(client: Client, matchers: Record<string, Matcher>, withinMs: number): Promise<{ message: unknown } | { mismatch: Mismatch }> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const i = client.inbox.findIndex((m) => !checkJsonPaths(m, matchers, ''));
      if (i >= 0) return { message: client.inbox.splice(i, 1)[0] };
      const left = deadline - Date.now();
      if (left <= 0 || client.closed) break;
      await new Promise<void>((r) => {
        client.notify = r;
        setTimeout(r, left);
      });
    }
    const wanted = Object.entries(matchers).map(([p, m]) => `${p} ${JSON.stringify(m)}`).join(', ');
    const seen = client.inbox.length ? client.inbox.slice(-3).map((m) => JSON.stringify(m)).join(' | ') : 'no message';
    const actual = client.closed ? `the connection closed (code ${client.closed.code}); before that: ${seen}` : `${seen} within ${withinMs} ms`;
    return { mismatch: { what: 'message', expected: `a message with ${wanted}`, actual } };
  }
}
