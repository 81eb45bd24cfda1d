// Week 7 — Choose the right status code
//
// toHttpResponse(outcome) → { status, body } following the table in the task.
// Success bodies: { data }. Error bodies: { error: { code, message } }. 204: body null.

export function toHttpResponse(outcome) {
  // Everything is "200 OK" here, even errors. Clients cannot tell what happened.
  return { status: 200, body: { data: outcome.data ?? null } };
}
