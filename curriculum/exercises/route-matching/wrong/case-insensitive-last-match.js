// Wrong: lowercases the path before matching (/Users is not /users) and keeps the LAST
// matching route, so /users/me is routed to /users/:id.
function segments(path) {
  const trimmed = path.split('?')[0].replace(/^\//, '').replace(/\/$/, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

export function matchRoute(pattern, path) {
  const expected = segments(pattern.toLowerCase());
  const actual = segments(path.toLowerCase());
  if (expected.length !== actual.length) return null;
  const params = {};
  for (let i = 0; i < expected.length; i++) {
    if (expected[i].startsWith(':')) {
      if (actual[i] === '') return null;
      params[expected[i].slice(1)] = decodeURIComponent(actual[i]);
    } else if (expected[i] !== actual[i]) {
      return null;
    }
  }
  return params;
}

export function findRoute(routes, method, path) {
  let found;
  const allowed = new Set();
  for (const route of routes) {
    const params = matchRoute(route.pattern, path);
    if (!params) continue;
    if (route.method === method) found = { status: 200, route, params };
    else allowed.add(route.method);
  }
  if (found) return found;
  if (allowed.size > 0) return { status: 405, allow: [...allowed].sort() };
  return { status: 404 };
}
