// Wrong: answers a well-formed request that breaks the rules with 400; the course keeps 400 for
// bodies that do not parse and uses 422 for validation failures, as FastAPI does.

const error = (status, code, message) => ({ status, body: { error: { code, message } } });

export function toHttpResponse(outcome) {
  switch (outcome?.type) {
    case 'ok':
      return { status: 200, body: { data: outcome.data } };
    case 'created':
      return { status: 201, body: { data: outcome.data } };
    case 'deleted':
      return { status: 204, body: null }; // 204 means "no content": never send a body
    case 'invalid':
      return error(400, 'VALIDATION_FAILED', outcome.message);
    case 'unauthenticated':
      return error(401, 'UNAUTHENTICATED', 'Authentication required');
    case 'forbidden':
      return error(403, 'FORBIDDEN', 'You do not have access to this resource');
    case 'not-found':
      return error(404, 'NOT_FOUND', `${outcome.resource} not found`);
    case 'conflict':
      return error(409, 'CONFLICT', outcome.message);
    default:
      // An outcome we do not understand is our bug: say so without leaking details.
      return error(500, 'INTERNAL_ERROR', 'Internal server error');
  }
}
