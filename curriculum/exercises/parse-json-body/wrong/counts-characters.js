// Wrong: raw.length counts UTF-16 characters, not bytes: a body of "é"s is twice as large
// in memory and on the wire as this limit thinks.
const fail = (status, code, message) => ({ ok: false, status, error: { code, message } });

export function parseJsonBody(raw, contentType, maxBytes = 1_048_576) {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  if (raw.length > maxBytes) return fail(413, 'PAYLOAD_TOO_LARGE', `Request body must not exceed ${maxBytes} bytes`);
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
