import { describe, expect, it } from 'vitest';
import { canonicalPredicate } from '../../src/exercises/checkers/sql-schema.js';

describe('canonicalPredicate', () => {
  it('treats `= true` and `= false` on a boolean column like the bare column and NOT', () => {
    expect(canonicalPredicate('(published = true)')).toBe('published');
    expect(canonicalPredicate('published')).toBe('published');
    expect(canonicalPredicate('(published = false)')).toBe(canonicalPredicate('(NOT published)'));
  });

  it('keeps compound predicates intact apart from the boolean spelling', () => {
    expect(canonicalPredicate("((status = 'x'::text) AND (published = true))")).toBe("(status = 'x'::text) AND published");
    expect(canonicalPredicate('(a > 1) OR (b < 2)')).toBe('(a > 1) OR (b < 2)');
  });
});
