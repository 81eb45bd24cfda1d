// Wrong: for an unknown outcome it sends the internal message to the client ("db password
// wrong"), and crashes on `undefined`; created answers 200 instead of 201.
const error = (status, code, message) => ({ status, body: { error: { code, message } } });

export function toHttpResponse(outcome) {
  switch (outcome.type) {
    case 'ok':
    case 'created':
      return { status: 200, body: { data: outcome.data } };
    case 'deleted':
      return { status: 204, body: null };
    case 'invalid':
      return error(422, 'VALIDATION_FAILED', outcome.message);
    case 'unauthenticated':
      return error(401, 'UNAUTHENTICATED', 'Authentication required');
    case 'forbidden':
      return error(403, 'FORBIDDEN', 'You do not have access to this resource');
    case 'not-found':
      return error(404, 'NOT_FOUND', `${outcome.resource} not found`);
    case 'conflict':
      return error(409, 'CONFLICT', outcome.message);
    default:
      return error(500, 'INTERNAL_ERROR', outcome.message ?? 'Internal server error');
  }
}
