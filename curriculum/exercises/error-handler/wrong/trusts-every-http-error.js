// Wrong: any HttpError is shown as it is, so a 503 with an internal host name reaches the
// client; and unexpected errors are never logged, leaving nothing to debug with.
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
  if (err instanceof HttpError) {
    sendJson(res, err.status, { error: { code: err.code, message: err.message } });
    return;
  }
  sendJson(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } });
}
