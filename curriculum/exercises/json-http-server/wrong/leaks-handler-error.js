// Wrong: a handler that throws is answered with its own message (file paths, SQL), instead
// of a generic 500.
import { createServer } from 'node:http';

function send(res, status, body) {
  if (status === 204 || body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function createApp(routes) {
  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const text = await readBody(req);
    let body;
    if (text !== '') {
      const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (mediaType !== 'application/json') return send(res, 415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json' } });
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, { error: { code: 'INVALID_JSON', message: 'Request body is not valid JSON' } });
      }
    }
    const handler = routes[`${req.method} ${url.pathname}`];
    if (!handler) return send(res, 404, { error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${url.pathname}` } });
    try {
      const result = await handler({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body });
      send(res, result.status ?? 200, result.body);
    } catch (err) {
      send(res, 500, { error: { code: 'INTERNAL_ERROR', message: err.message } });
    }
  });
}
