// Week 7 — Match resource URLs to routes (reference solution)

// '/users/42/' → ['users', '42'];  '/users//posts' → ['users', '', 'posts'] (the gap is kept).
function segments(path) {
  const pathname = path.split('?')[0];
  const trimmed = pathname.replace(/^\//, '').replace(/\/$/, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

export function matchRoute(pattern, path) {
  const expected = segments(pattern);
  const actual = segments(path);
  if (expected.length !== actual.length) return null;

  const params = {};
  for (let i = 0; i < expected.length; i++) {
    const part = expected[i];
    const value = actual[i];
    if (part.startsWith(':')) {
      if (value === '') return null; // a parameter needs a value
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

export function findRoute(routes, method, path) {
  const allowed = new Set();
  for (const route of routes) {
    const params = matchRoute(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { status: 200, route, params };
    allowed.add(route.method);
  }
  // The resource exists but not with this method: 405 tells the client what would work.
  if (allowed.size > 0) return { status: 405, allow: [...allowed].sort() };
  return { status: 404 };
}
