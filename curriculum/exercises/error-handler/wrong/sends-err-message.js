// Wrong: the classic middleware from the seed article: every error becomes a 500 and its
// message (here a connection string with a password) is sent to the client.
export class HttpError extends Error {
  constructor(status, message, code = 'HTTP_ERROR') {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

export function errorHandler(err, req, res) {
  console.error(err);
  res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: err?.message ?? String(err) } }));
}
