const MAX_LINES = 40;
const MAX_CHARS = 4000;

/** The learner's console output, trimmed to what fits on a screen (the end matters most). */
export function clipOutput(text: string): string {
  const trimmed = text.replace(/\s+$/, '');
  let lines = trimmed.split('\n');
  let clipped = false;
  if (lines.length > MAX_LINES) {
    lines = lines.slice(-MAX_LINES);
    clipped = true;
  }
  let result = lines.join('\n');
  if (result.length > MAX_CHARS) {
    result = result.slice(-MAX_CHARS);
    clipped = true;
  }
  return clipped ? `… (earlier output cut)\n${result}` : result;
}
