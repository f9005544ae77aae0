import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bestOf, forgetLab, readProgress, recordProgress } from '../src/progress.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dojo-progress-'));
  file = join(dir, 'progress.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const grade = (score: number, gradedAt: string) => ({
  status: score === 100 ? ('pass' as const) : ('fail' as const),
  score,
  maxScore: 100,
  gradedAt,
});

describe('progress', () => {
  test('keeps the best grade beside the last one', () => {
    recordProgress(file, 'lab-2', grade(100, '2026-12-01T10:00:00Z'));
    recordProgress(file, 'lab-2', grade(21, '2026-12-01T11:00:00Z'));
    const entry = readProgress(file)['lab-2'];
    expect(entry).toMatchObject({ score: 21, gradedAt: '2026-12-01T11:00:00Z' });
    expect(entry && bestOf(entry)).toMatchObject({ status: 'pass', score: 100 });
  });

  test('a better grade becomes the best', () => {
    recordProgress(file, 'lab-2', grade(40, '2026-12-01T10:00:00Z'));
    recordProgress(file, 'lab-2', grade(60, '2026-12-01T11:00:00Z'));
    const entry = readProgress(file)['lab-2'];
    expect(entry?.best).toBeUndefined();
    expect(entry && bestOf(entry)).toMatchObject({ score: 60 });
  });

  test('forgetting a lab clears its grades and hint tiers, not the other labs', () => {
    recordProgress(file, 'lab-1', grade(100, '2026-12-01T10:00:00Z'));
    recordProgress(file, 'lab-2', grade(100, '2026-12-01T10:00:00Z'));
    writeFileSync(join(dir, 'hints.json'), JSON.stringify({ 'lab-2': { 'a-check': 2 } }));
    forgetLab(dir, 'lab-2');
    expect(Object.keys(readProgress(file))).toEqual(['lab-1']);
    expect(readProgress(join(dir, 'hints.json'))).toEqual({});
  });
});
