// Week 7 — Read a JSON request body defensively (reference solution)

const fail = (status, code, message) => ({ ok: false, status, error: { code, message } });

function isJsonMediaType(contentType) {
  // "Application/JSON; charset=utf-8" → "application/json"
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return mediaType === 'application/json';
}

export function parseJsonBody(raw, contentType, maxBytes = 1_048_576) {
  if (!isJsonMediaType(contentType)) {
    return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  }
  // Limits are about memory, so count bytes: multi-byte characters count more than once.
  if (Buffer.byteLength(raw, 'utf8') > maxBytes) {
    return fail(413, 'PAYLOAD_TOO_LARGE', `Request body must not exceed ${maxBytes} bytes`);
  }

  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    // The parser's message may quote the body; keep the response generic.
    return fail(400, 'INVALID_JSON', 'Request body is not valid JSON');
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(400, 'INVALID_BODY', 'Request body must be a JSON object');
  }
  return { ok: true, value };
}
