// Week 2 — Convert input safely
//
// toNumber(value): a finite number, or a string that is entirely a number (after trimming).
// toBoolean(value): true/false, the words true/yes/y/1/on and false/no/n/0/off, or 1/0.
// Anything else: throw a TypeError whose message contains the rejected value.
//
// The versions below use JavaScript's built-in conversions, which are far too forgiving.

export function toNumber(value) {
  return Number(value);
}

export function toBoolean(value) {
  return Boolean(value);
}
