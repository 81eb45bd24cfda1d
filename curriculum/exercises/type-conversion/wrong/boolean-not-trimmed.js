// Wrong: compares the raw string, so " On " and "OFF " (spaces, any case) are rejected,
// and every other non-empty string counts as true.
export function toNumber(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  throw new TypeError(`Cannot convert ${JSON.stringify(value) ?? String(value)} to a number`);
}

export function toBoolean(value) {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const word = value.toLowerCase();
    if (['false', 'no', 'n', '0', 'off'].includes(word)) return false;
    if (word !== '') return true;
  }
  throw new TypeError(`Cannot convert ${JSON.stringify(value) ?? String(value)} to a boolean`);
}
