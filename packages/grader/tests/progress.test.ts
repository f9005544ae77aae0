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

describe('progress across the renumbering (lab-7 image-processing became lab-9)', () => {
  const old = (score: number, gradedAt: string) => ({ ...grade(score, gradedAt) });

  test('an entry kept under lab-7 before the renumbering comes back as lab-9', () => {
    writeFileSync(
      file,
      JSON.stringify({
        'lab-6': old(100, '2026-11-01T10:00:00Z'),
        'lab-7': old(80, '2026-11-02T10:00:00Z'),
      }),
    );
    const progress = readProgress(file);
    expect(Object.keys(progress).sort()).toEqual(['lab-6', 'lab-9']);
    expect(progress['lab-9']).toMatchObject({ score: 80, gradedAt: '2026-11-02T10:00:00Z' });
  });

  test('an entry written since, with the slug queues, stays lab-7', () => {
    recordProgress(file, 'lab-7', grade(40, '2026-12-02T10:00:00Z'), 'queues');
    expect(readProgress(file)['lab-7']).toMatchObject({ score: 40, slug: 'queues' });
    expect(readProgress(file)['lab-9']).toBeUndefined();
  });

  test('grading lab-9 after the move keeps the old best and writes the entry under lab-9', () => {
    writeFileSync(file, JSON.stringify({ 'lab-7': old(100, '2026-11-02T10:00:00Z') }));
    recordProgress(file, 'lab-9', grade(30, '2026-12-02T10:00:00Z'), 'image-processing');
    recordProgress(file, 'lab-7', grade(50, '2026-12-02T11:00:00Z'), 'queues');
    const progress = readProgress(file);
    expect(progress['lab-9']).toMatchObject({ score: 30, slug: 'image-processing' });
    expect(progress['lab-9'] && bestOf(progress['lab-9'])).toMatchObject({ score: 100 });
    expect(progress['lab-7']).toMatchObject({ score: 50, slug: 'queues' });
  });

  test('an old lab-7 entry and a new lab-9 entry merge: the later grade last, the better best', () => {
    writeFileSync(
      file,
      JSON.stringify({
        'lab-7': old(90, '2026-11-02T10:00:00Z'),
        'lab-9': { ...grade(20, '2026-12-02T10:00:00Z'), slug: 'image-processing' },
      }),
    );
    const entry = readProgress(file)['lab-9'];
    expect(entry).toMatchObject({ score: 20, gradedAt: '2026-12-02T10:00:00Z' });
    expect(entry && bestOf(entry)).toMatchObject({ score: 90 });
  });

  test('resetting lab-9 forgets the entry still kept under lab-7 from before', () => {
    writeFileSync(file, JSON.stringify({ 'lab-7': old(90, '2026-11-02T10:00:00Z') }));
    forgetLab(dir, 'lab-9');
    expect(readProgress(file)).toEqual({});
  });
});
