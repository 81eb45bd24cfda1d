// Week 8 — A JSON API server on node:http (reference solution)

import { createServer } from 'node:http';

// An expected failure with a status we may show the client.
class HttpError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function send(res, status, body) {
  // 204 "No Content" must not carry a body (or a Content-Type describing one).
  if (status === 204 || body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readJsonBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;

  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_JSON', 'Request body is not valid JSON');
  }
}

export function createApp(routes) {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = url.pathname;
      const query = Object.fromEntries(url.searchParams);
      // Read the body before routing so the connection is drained whatever happens next.
      const body = await readJsonBody(req);

      const handler = routes[`${req.method} ${path}`];
      if (!handler) throw new HttpError(404, 'NOT_FOUND', `No route for ${req.method} ${path}`);

      const result = await handler({ method: req.method, path, query, body });
      send(res, result.status ?? 200, result.body);
    } catch (err) {
      if (err instanceof HttpError) {
        send(res, err.status, { error: { code: err.code, message: err.message } });
        return;
      }
      console.error(err); // details for us, in the server log
      send(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } });
    }
  });
}
