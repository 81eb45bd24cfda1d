// Wrong: compares the whole header with 'application/json', so the very common
// "application/json; charset=utf-8" is refused with 415.
const fail = (status, code, message) => ({ ok: false, status, error: { code, message } });

export function parseJsonBody(raw, contentType, maxBytes = 1_048_576) {
  if (contentType !== 'application/json') return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  if (Buffer.byteLength(raw, 'utf8') > maxBytes) return fail(413, 'PAYLOAD_TOO_LARGE', `Request body must not exceed ${maxBytes} bytes`);
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail(400, 'INVALID_JSON', 'Request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(400, 'INVALID_BODY', 'Request body must be a JSON object');
  }
  return { ok: true, value };
}
