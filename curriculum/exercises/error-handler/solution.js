// Week 8 — An error handler that does not leak (reference solution)

export class HttpError extends Error {
  constructor(status, message, code = 'HTTP_ERROR') {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

// Only client errors we raised on purpose are safe to describe to the client.
function isExpected(err) {
  return err instanceof HttpError && err.status >= 400 && err.status < 500;
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function errorHandler(err, req, res) {
  if (isExpected(err)) {
    sendJson(res, err.status, { error: { code: err.code, message: err.message } });
    return;
  }
  // A bug or an outage: keep the details in the server log, tell the client nothing specific.
  console.error(err);
  sendJson(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } });
}
