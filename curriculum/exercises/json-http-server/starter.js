// Week 8 — A JSON API server on node:http
//
// createApp(routes) returns an http.Server (not listening).
// routes: { 'GET /health': async ({ method, path, query, body }) => ({ status, body }) }
// Errors: 415 UNSUPPORTED_MEDIA_TYPE, 400 INVALID_JSON, 404 NOT_FOUND, 500 INTERNAL_ERROR,
// always as { error: { code, message } } JSON. 204 responses have no body.

import { createServer } from 'node:http';

export function createApp(routes) {
  return createServer((req, res) => {
    // TODO: parse the URL and the body, find the route, call the handler, send JSON.
    res.writeHead(501, { 'Content-Type': 'text/plain' });
    res.end('Not implemented yet');
  });
}
