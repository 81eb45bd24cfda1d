// Wrong: sends a body with 204 No Content (clients and proxies drop it, some choke on it)
// and treats a conflict (email already taken) as a plain 400 validation error instead of 409.
const error = (status, code, message) => ({ status, body: { error: { code, message } } });

export function toHttpResponse(outcome) {
  switch (outcome?.type) {
    case 'ok':
      return { status: 200, body: { data: outcome.data } };
    case 'created':
      return { status: 201, body: { data: outcome.data } };
    case 'deleted':
      return { status: 204, body: { data: null } };
    case 'invalid':
      return error(422, 'VALIDATION_FAILED', outcome.message);
    case 'unauthenticated':
      return error(401, 'UNAUTHENTICATED', 'Authentication required');
    case 'forbidden':
      return error(403, 'FORBIDDEN', 'You do not have access to this resource');
    case 'not-found':
      return error(404, 'NOT_FOUND', `${outcome.resource} not found`);
    case 'conflict':
      return error(400, 'CONFLICT', outcome.message);
    default:
      return error(500, 'INTERNAL_ERROR', 'Internal server error');
  }
}
