import { describe, expect, test } from 'vitest';
import { allFacts, LAST_CHECKED } from '../src/index.ts';
import type { Bilingual, Fact } from '../src/types.ts';

const isoDateOrMonth = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const decimal = /^\d+\.\d+$/;
const hangul = /[\uac00-\ud7a3]/;

function noteProblems(path: string, note: Bilingual | undefined): string[] {
  if (note === undefined) return [];
  const problems: string[] = [];
  if (!note.en.trim()) problems.push(`${path}: note.en is empty; write the English note`);
  if (!hangul.test(note.ko))
    problems.push(`${path}: note.ko has no Korean text; write the Korean note`);
  return problems;
}

function factProblems(path: string, fact: Fact): string[] {
  const p: string[] = [];
  if (!isoDateOrMonth.test(fact.asOf)) {
    p.push(
      `${path}: asOf '${fact.asOf}' is not an ISO date; write YYYY-MM-DD (or YYYY-MM for a month)`,
    );
  } else if (fact.asOf > LAST_CHECKED) {
    p.push(
      `${path}: asOf '${fact.asOf}' is after LAST_CHECKED (${LAST_CHECKED}); update src/checked.ts`,
    );
  }
  if (fact.since !== undefined && (!isoDateOrMonth.test(fact.since) || fact.since > fact.asOf)) {
    p.push(`${path}: since '${fact.since}' must be an ISO date not after asOf '${fact.asOf}'`);
  }
  for (const [label, source] of [['source', fact.source]] as const) {
    if (!source.title.trim()) p.push(`${path}: ${label}.title is empty; name the page you read`);
    if (!/^https:\/\/[^\s]+$/.test(source.url)) {
      p.push(`${path}: ${label}.url '${source.url}' must be an https:// link to the page you read`);
    }
  }
  if (
    fact.unit.startsWith('USD') &&
    !(typeof fact.value === 'string' && decimal.test(fact.value))
  ) {
    p.push(
      `${path}: a price must be an exact decimal string such as '0.0000166667', not ${JSON.stringify(fact.value)}`,
    );
  }
  if (
    fact.unit === 'date' &&
    !(typeof fact.value === 'string' && isoDateOrMonth.test(fact.value))
  ) {
    p.push(`${path}: a date fact must hold an ISO date string, not ${JSON.stringify(fact.value)}`);
  }
  if (typeof fact.value === 'number' && !(Number.isSafeInteger(fact.value) && fact.value >= 0)) {
    p.push(
      `${path}: numeric value ${fact.value} must be a non-negative safe integer; pick a smaller unit`,
    );
  }
  if (fact.verified === false && fact.note === undefined) {
    p.push(`${path}: verified: false needs a note (ko and en) saying where the value came from`);
  }
  p.push(...noteProblems(path, fact.note));
  let previous = '';
  for (const [i, entry] of (fact.history ?? []).entries()) {
    const at = `${path}.history[${i}]`;
    if (!isoDateOrMonth.test(entry.asOf)) p.push(`${at}: asOf '${entry.asOf}' is not an ISO date`);
    if (entry.asOf >= fact.asOf) {
      p.push(`${at}: asOf '${entry.asOf}' must be older than the current asOf '${fact.asOf}'`);
    }
    if (entry.asOf < previous) p.push(`${at}: history must be ordered oldest first`);
    previous = entry.asOf;
    if (typeof entry.value !== typeof fact.value) {
      p.push(
        `${at}: value has type ${typeof entry.value} but the fact has ${typeof fact.value}; use the same unit`,
      );
    }
    if (JSON.stringify(entry.value) === JSON.stringify(fact.value)) {
      p.push(`${at}: value equals the current value; drop the entry or say "unchanged" in a note`);
    }
    if (!/^https:\/\//.test(entry.source.url)) p.push(`${at}: source.url must start with https://`);
    p.push(...noteProblems(at, entry.note));
  }
  return p;
}

describe('the facts data', () => {
  test('every fact has a valid date, an https source, bilingual notes and older history', () => {
    const problems = allFacts().flatMap(({ path, fact }) => factProblems(path, fact));
    expect(
      problems,
      `Fix these entries in packages/lambda-facts/src:\n${problems.join('\n')}`,
    ).toEqual([]);
  });

  test('paths are unique and cover every group', () => {
    const paths = allFacts().map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const group of ['limits.', 'pricing.', 'runtimes.', 'scaling.']) {
      expect(
        paths.some((p) => p.startsWith(group)),
        `no facts under ${group}`,
      ).toBe(true);
    }
  });

  test('the schema check reports a broken fact with a fix', () => {
    const broken: Fact = {
      value: 0.0000166667,
      unit: 'USD per GB-s',
      asOf: '27/11/2026',
      source: { title: 'x', url: 'http://example.com' },
      history: [{ value: '1', asOf: '2030-01', source: { title: 'y', url: 'https://e.com' } }],
    };
    const problems = factProblems('pricing.bad', broken);
    expect(problems).toContain(
      "pricing.bad: asOf '27/11/2026' is not an ISO date; write YYYY-MM-DD (or YYYY-MM for a month)",
    );
    expect(problems.some((p) => p.includes('must be an https:// link'))).toBe(true);
    expect(problems.some((p) => p.includes('exact decimal string'))).toBe(true);
    const stale = factProblems('limits.bad', {
      value: 1,
      unit: 'MB',
      asOf: '2026-01-01',
      source: { title: 'x', url: 'https://example.com' },
      history: [{ value: 2, asOf: '2026-02', source: { title: 'y', url: 'https://e.com' } }],
    });
    expect(stale).toEqual([
      "limits.bad.history[0]: asOf '2026-02' must be older than the current asOf '2026-01-01'",
    ]);
  });
});
