// Week 8 — An error handler that does not leak
//
// HttpError(status, message, code = 'HTTP_ERROR'): an expected failure a handler can throw.
// errorHandler(err, req, res): answer with JSON { error: { code, message } }:
//   4xx HttpError → its status, code and message
//   anything else → 500 INTERNAL_ERROR 'Internal server error', and console.error(err)

export class HttpError extends Error {
  constructor(status, message, code = 'HTTP_ERROR') {
    super(message);
    // TODO: name, status and code
  }
}

export function errorHandler(err, req, res) {
  // Every error becomes a 500, and the internal message goes to the client.
  res.writeHead(500, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: 'Something went wrong!', message: err.message }));
}
