export const DEFAULT_PRECISION = 15;

/**
 * Reads CALC_PRECISION (significant digits, 1-17). Anything else falls back to the default,
 * so a typo in the environment never breaks a calculation.
 */
export function precisionFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CALC_PRECISION;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PRECISION;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= 17 ? value : DEFAULT_PRECISION;
}

/**
 * Formats a result for people: rounds to `precision` significant digits so binary
 * floating-point noise disappears (0.1 + 0.2 prints 0.3), and never prints "-0".
 */
export function formatNumber(value: number, precision = DEFAULT_PRECISION): string {
  if (Object.is(value, -0) || value === 0) return '0';
  const rounded = Number(value.toPrecision(precision));
  return String(rounded);
}
