/** Free text the learner types (names, check-in notes) follows the rules an export is read back with. */

// Tab and newline are fine in notes; other control characters could rewrite the learner's terminal.
export const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
export const MAX_TEXT_LENGTH = 10_000;

export const hasControlCharacters = (text: string): boolean => new RegExp(CONTROL_CHARACTERS.source).test(text);
