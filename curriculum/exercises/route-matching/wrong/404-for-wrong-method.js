// Wrong: only looks for a route with the right method and pattern, so a known path with the
// wrong method answers 404 instead of 405 with an Allow list; trailing slashes also miss.
export function matchRoute(pattern, path) {
  const expected = pattern.split('/').filter((s, i) => i > 0 || s !== '');
  const actual = path.split('?')[0].split('/').filter((s, i) => i > 0 || s !== '');
  if (expected.length !== actual.length) return null;
  const params = {};
  for (let i = 0; i < expected.length; i++) {
    const part = expected[i];
    const value = actual[i];
    if (part.startsWith(':')) {
      if (value === '') return null;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

export function findRoute(routes, method, path) {
  for (const route of routes) {
    const params = route.method === method ? matchRoute(route.pattern, path) : null;
    if (params) return { status: 200, route, params };
  }
  return { status: 404 };
}
