import type { TestError } from 'vitest';

/** A failed assertion that carries the check's own note, as a learner should read it. */
export interface NotedAssertion {
  /** What the check says it looked at: `expect(value, note)`. */
  note: string;
  expected?: string;
  received?: string;
  /** `.not.toBe(x)`: anything but `expected` would have passed. */
  negated: boolean;
  /** The note says it all (it names the expected value itself). */
  complete?: boolean;
}

/**
 * Splits `12 ms: expected 1 to be +0 // Object.is equality` into the check's
 * note and the two values, so the report shows the note and the values in
 * plain words instead of the matcher's wording. Undefined when the check gave
 * no note; values that span lines are left to the diff.
 */
export function notedAssertion(error: TestError): NotedAssertion | undefined {
  if (error.name !== 'AssertionError' || !error.message) return undefined;
  // The matcher's own text is the last ": expected …"; the note may contain one itself.
  const match = /^([\s\S]+): (expected [\s\S]*)$/.exec(error.message);
  if (!match?.[1] || !match[2]) return undefined;
  // A note that already says what was expected ("x: expected 18.33 but received 29.9")
  // is the whole story; the values compared under it (1 and 0) would only confuse.
  if (/\bexpected\b/i.test(match[1])) return { note: match[1], negated: false, complete: true };
  const negated = / not to /.test(match[2]);
  // Vitest hands the values over as text; the matcher's wording shows which were strings.
  const single = (value: unknown) => {
    if (typeof value !== 'string' || value.includes('\n')) return undefined;
    return match[2]?.includes(`'${value}'`) ? `'${value}'` : value;
  };
  const expected = single(error.expected);
  const received = single(error.actual);
  return {
    note: match[1],
    ...(expected !== undefined ? { expected } : {}),
    ...(received !== undefined && !negated ? { received } : {}),
    negated,
  };
}
