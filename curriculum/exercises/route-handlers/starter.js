// Week 7 — Route handlers as pure functions
//
// Each handler takes (req, db) and returns { status, body }.
//   success: body = { data }
//   failure: body = { error: { code, message } }
// db: listUsers(), findUserById(id: number), findUserByEmail(email), insertUser({ name, email })
// Responses must never include passwordHash.

export function listUsers(req, db) {
  return { status: 200, body: { data: db.listUsers() } }; // leaks passwordHash!
}

export function getUser(req, db) {
  const user = db.findUserById(req.params.id); // req.params.id is a string...
  return { status: 200, body: { data: user } }; // ...and what if there is no such user?
}

export function createUser(req, db) {
  throw new Error('Not implemented yet: createUser');
}
