// Week 7 — Read a JSON request body defensively
//
// parseJsonBody(raw, contentType, maxBytes = 1_048_576)
//   → { ok: true, value }   or   { ok: false, status, error: { code, message } }
// Checks, in order: 415 UNSUPPORTED_MEDIA_TYPE, 413 PAYLOAD_TOO_LARGE,
//                   400 INVALID_JSON, 400 INVALID_BODY.

export function parseJsonBody(raw, contentType, maxBytes = 1_048_576) {
  // Trusts everything: any content type, any size, and JSON.parse may throw.
  return { ok: true, value: JSON.parse(raw) };
}
