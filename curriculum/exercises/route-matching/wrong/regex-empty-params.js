// Wrong: turns ':id' into ([^/]*), which also matches an empty segment ("/users//posts"),
// and never URL-decodes the values.
export function matchRoute(pattern, path) {
  const names = [];
  const source = pattern.replace(/\/$/, '').replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return '([^/]*)';
  });
  const match = new RegExp(`^${source}/?$`).exec(path.split('?')[0]);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
}

export function findRoute(routes, method, path) {
  const allowed = new Set();
  for (const route of routes) {
    const params = matchRoute(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { status: 200, route, params };
    allowed.add(route.method);
  }
  if (allowed.size > 0) return { status: 405, allow: [...allowed].sort() };
  return { status: 404 };
}
