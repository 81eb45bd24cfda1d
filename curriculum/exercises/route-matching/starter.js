// Week 7 — Match resource URLs to routes
//
// matchRoute(pattern, path) → { paramName: value, ... } or null
// findRoute(routes, method, path) → { status: 200, route, params } | { status: 405, allow } | { status: 404 }

export function matchRoute(pattern, path) {
  return pattern === path ? {} : null; // no parameters, no trailing slash, no query string...
}

export function findRoute(routes, method, path) {
  throw new Error('Not implemented yet: findRoute');
}
