// The todo API the learner's tests are run against (hidden). test.mjs makes the buggy copies
// from this file by exact text replacement, so keep the mutated lines as they are.
import { Buffer } from 'node:buffer';

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function createApp() {
  const todos = new Map();
  let nextId = 1;

  return async function app(req, res) {
    const send = (status, body) => {
      if (body === undefined) return res.writeHead(status).end();
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    };
    const { pathname } = new URL(req.url, 'http://localhost');
    const match = /^\/todos\/(\d+)$/.exec(pathname);

    if (pathname === '/todos' && req.method === 'GET') return send(200, [...todos.values()]);
    if (pathname === '/todos' && req.method === 'POST') {
      let body;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(400, { error: 'body must be JSON' });
      }
      const title = typeof body?.title === 'string' ? body.title.trim() : '';
      if (title.length === 0) return send(422, { error: 'title is required' });
      if (title.length > 200) return send(422, { error: 'title is at most 200 characters' });
      const todo = { id: nextId++, title, done: false };
      todos.set(todo.id, todo);
      res.setHeader('Location', `/todos/${todo.id}`);
      return send(201, todo);
    }
    if (match && req.method === 'GET') {
      const todo = todos.get(Number(match[1]));
      return todo ? send(200, todo) : send(404, { error: 'todo not found' });
    }
    if (match && req.method === 'DELETE') {
      const id = Number(match[1]);
      if (!todos.has(id)) return send(404, { error: 'todo not found' });
      todos.delete(id);
      return send(204);
    }
    return send(404, { error: 'not found' });
  };
}
