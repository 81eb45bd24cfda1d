// Wrong: trusts Number(), which turns '' and '   ' into 0 instead of rejecting them.
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off']);

function reject(value, target) {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return new TypeError(`Cannot convert ${shown} to a ${target}`);
}

export function toNumber(value) {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw reject(value, 'number');
  }
  if (typeof value === 'string') {
    const number = Number(value.trim());
    if (Number.isFinite(number)) return number;
  }
  throw reject(value, 'number');
}

export function toBoolean(value) {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  throw reject(value, 'boolean');
}
