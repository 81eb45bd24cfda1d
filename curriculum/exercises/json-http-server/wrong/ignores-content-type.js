// Wrong: parses every body as JSON whatever its Content-Type, so a text/plain body gets
// 400 INVALID_JSON instead of 415; and the query string is left inside the path.
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

export function createApp(routes) {
  return createServer(async (req, res) => {
    try {
      const [path, search = ''] = req.url.split('?');
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      let body;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, 400, { error: { code: 'INVALID_JSON', message: 'Request body is not valid JSON' } });
        }
      }
      const handler = routes[`${req.method} ${path}`] ?? routes[`${req.method} ${req.url}`];
      if (!handler) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
      const result = await handler({ method: req.method, path: req.url, query: Object.fromEntries(new URLSearchParams(search)), body });
      send(res, result.status ?? 200, result.body);
    } catch (err) {
      console.error(err);
      send(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } });
    }
  });
}
