// A deliberately small JSON path: `$`, `.key` and `[n]` / `[*]`. Enough for API bodies, and the
// error says which part is missing, which a full JSONPath library would not.

export type PathValue = { found: true; value: unknown } | { found: false; missing: string };

const SEGMENT = /\.([A-Za-z_][\w-]*)|\[(\d+|\*)\]/g;

export function parsePath(path: string): (string | number | '*')[] {
  if (!path.startsWith('$')) throw new Error(`JSON path must start with $: ${path}`);
  const parts: (string | number | '*')[] = [];
  for (const m of path.slice(1).matchAll(SEGMENT)) {
    if (m[1] !== undefined) parts.push(m[1]);
    else parts.push(m[2] === '*' ? '*' : Number(m[2]));
  }
  return parts;
}

/** Resolves the path; after a `[*]` the result is the list of values for every element. */
export function readPath(root: unknown, path: string): PathValue {
  return walk(root, parsePath(path), '$');
}

function walk(value: unknown, parts: (string | number | '*')[], at: string): PathValue {
  if (parts.length === 0) return { found: true, value };
  const [head, ...rest] = parts;
  if (head === '*') {
    if (!Array.isArray(value)) return { found: false, missing: `${at} is not a list` };
    const values: unknown[] = [];
    for (const [i, item] of value.entries()) {
      const r = walk(item, rest, `${at}[${i}]`);
      if (!r.found) return r;
      values.push(r.value);
    }
    return { found: true, value: values };
  }
  if (typeof head === 'number') {
    if (!Array.isArray(value) || head >= value.length) return { found: false, missing: `${at}[${head}]` };
    return walk(value[head], rest, `${at}[${head}]`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !(head! in value)) {
    return { found: false, missing: `${at}.${String(head)}` };
  }
  return walk((value as Record<string, unknown>)[head!], rest, `${at}.${String(head)}`);
}

/** Every object key at any depth (for "must never contain passwordHash"). */
export function findKey(value: unknown, key: string, at = '$'): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const hit = findKey(item, key, `${at}[${i}]`);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.toLowerCase() === key.toLowerCase()) return `${at}.${k}`;
      const hit = findKey(v, key, `${at}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}
