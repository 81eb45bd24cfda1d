// Wrong: adds the stack trace to the response "in development", i.e. whenever NODE_ENV is
// not exactly 'production': one missing variable on a server and every 500 carries the
// internal message, file paths and the connection string.
export class HttpError extends Error {
  constructor(status, message, code = 'HTTP_ERROR') {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function errorHandler(err, req, res) {
  if (err instanceof HttpError && err.status >= 400 && err.status < 500) {
    sendJson(res, err.status, { error: { code: err.code, message: err.message } });
    return;
  }
  console.error(err);
  const error = { code: 'INTERNAL_ERROR', message: 'Internal server error' };
  if (process.env.NODE_ENV !== 'production') error.stack = err instanceof Error ? err.stack : String(err);
  sendJson(res, 500, { error });
}
