// Wrong: answers "not logged in" with 403 and "not allowed" with 401: clients would ask a
// logged-in user to log in again, and never ask an anonymous one.
const error = (status, code, message) => ({ status, body: { error: { code, message } } });

export function toHttpResponse(outcome) {
  switch (outcome?.type) {
    case 'ok':
      return { status: 200, body: { data: outcome.data } };
    case 'created':
      return { status: 201, body: { data: outcome.data } };
    case 'deleted':
      return { status: 204, body: null };
    case 'invalid':
      return error(422, 'VALIDATION_FAILED', outcome.message);
    case 'unauthenticated':
      return error(403, 'UNAUTHENTICATED', 'Authentication required');
    case 'forbidden':
      return error(401, 'FORBIDDEN', 'You do not have access to this resource');
    case 'not-found':
      return error(404, 'NOT_FOUND', `${outcome.resource} not found`);
    case 'conflict':
      return error(409, 'CONFLICT', outcome.message);
    default:
      return error(500, 'INTERNAL_ERROR', 'Internal server error');
  }
}
