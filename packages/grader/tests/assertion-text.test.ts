import type { TestError } from 'vitest';
import { describe, expect, test } from 'vitest';
import { notedAssertion } from '../src/assertion-text.ts';
import type { CheckResult } from '../src/check-result.ts';
import { explainFailure } from '../src/explain.ts';
import { messagesFor } from '../src/messages.ts';

// Errors as Vitest 4 reports them for `expect(value, note)` assertions.
const toBe = {
  name: 'AssertionError',
  message: '12 ms: expected 1 to be +0 // Object.is equality',
  expected: '0',
  actual: '1',
  diff: '- Expected\n+ Received\n\n- 0\n+ 1',
} as TestError;
const notToBe = {
  name: 'AssertionError',
  message: "s3:PutObject on x: expected 'Allowed' not to be 'Allowed' // Object.is equality",
  expected: 'Allowed',
  actual: 'Allowed',
  diff: '',
} as TestError;
const toMatch = {
  name: 'AssertionError',
  message: "content-type: expected '' to match /^application\\/json/json",
  expected: '/^application\\/json/',
  actual: '""',
} as TestError;

function failed(error: TestError): CheckResult {
  const assertion = notedAssertion(error);
  return {
    meta: { id: 'a', title: { ko: 'a', en: 'a' }, points: 1, hints: { ko: ['h'], en: ['h'] } },
    status: 'fail',
    message: error.message,
    ...(assertion ? { assertion } : {}),
    output: '',
    taskId: 1,
    taskName: { ko: '', en: '' },
    durationMs: 1,
  };
}

describe('a failed assertion with the check’s own note', () => {
  test('shows the note and both values, not the matcher’s wording', () => {
    expect(explainFailure(failed(toBe), messagesFor('en'))).toBe('12 ms\nexpected: 0\nreceived: 1');
    expect(explainFailure(failed(toMatch), messagesFor('en'))).toBe(
      'content-type\nexpected: /^application\\/json/\nreceived: ""',
    );
  });

  test('says what a negated assertion wanted, in both languages', () => {
    expect(explainFailure(failed(notToBe), messagesFor('en'))).toBe(
      "s3:PutObject on x\nexpected anything but: 'Allowed'",
    );
    expect(explainFailure(failed(notToBe), messagesFor('ko'))).toBe(
      "s3:PutObject on x\n이 값만 아니면 돼요: 'Allowed'",
    );
  });

  test('is the note alone when the note already names the expected value', () => {
    const usd = {
      ...toBe,
      message:
        'computeUsd: expected 18.33337 but received 29.99: expected 1 to be +0 // Object.is equality',
    } as TestError;
    expect(explainFailure(failed(usd), messagesFor('en'))).toBe(
      'computeUsd: expected 18.33337 but received 29.99',
    );
  });

  test('is left alone without a note', () => {
    const bare = { ...toBe, message: 'expected 1 to be +0 // Object.is equality' } as TestError;
    expect(notedAssertion(bare)).toBeUndefined();
  });
});
