/**
 * Every problem the calculator reports is a CalcError. `position` is the 0-based
 * index in the input where the problem starts, so the CLI can point at it.
 */
export type CalcErrorCode =
  | 'UNEXPECTED_CHARACTER'
  | 'INVALID_NUMBER'
  | 'UNKNOWN_NAME'
  | 'UNEXPECTED_TOKEN'
  | 'UNEXPECTED_END'
  | 'EMPTY_EXPRESSION'
  | 'MISSING_CLOSING_PAREN'
  | 'UNMATCHED_CLOSING_PAREN'
  | 'DIVISION_BY_ZERO'
  | 'NOT_A_NUMBER'
  // @starter-drop
  | 'OVERFLOW';
  // @starter-else
  // | 'OVERFLOW'
  // | 'NOT_IMPLEMENTED';
  // @starter-end

export class CalcError extends Error {
  override readonly name = 'CalcError';

  constructor(
    readonly code: CalcErrorCode,
    message: string,
    /** 0-based index into the input, or undefined when there is no single place to blame. */
    readonly position?: number,
  ) {
    super(message);
  }
}

/** "at position 5" uses 1-based columns, the way people count characters. */
export function at(position: number): string {
  return `at position ${position + 1}`;
}
