import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BoardLab } from '../src/course-labs.ts';
import { BoardStore } from '../src/store.ts';
import { parseSubmission, toSubmission } from '../src/submission.ts';
import { submission } from './http.ts';

const labs: BoardLab[] = [
  { id: 'lab-7', title: { ko: '큐', en: 'Queues' }, points: 100 },
  {
    id: 'lab-9',
    title: { ko: '이미지 처리 서비스', en: 'The image-processing service' },
    points: 100,
  },
];

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dojo-renumber-'));
  file = join(dir, 'board.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const accepted = (body: unknown) =>
  toSubmission(parseSubmission(body, 'en'), labs, 'en', 'unsigned');

describe('results from before the renumbering (lab-7 image-processing is lab-9)', () => {
  test('a result for lab-7 without a slug, from a grader of before, goes to lab-9', () => {
    expect(accepted(submission('Alex', { lab: 'lab-7' })).lab).toBe('lab-9');
  });

  test('a result for lab-7 with the slug queues stays in lab-7', () => {
    expect(accepted(submission('Alex', { lab: 'lab-7', slug: 'queues' })).lab).toBe('lab-7');
    expect(accepted(submission('Alex', { lab: 'lab-9', slug: 'image-processing' })).lab).toBe(
      'lab-9',
    );
  });

  test('a board made before the renumbering shows its lab-7 rows under lab-9, once', () => {
    const store = new BoardStore(file);
    store.record(accepted(submission('Sam', { lab: 'lab-7', slug: 'image-processing' })), '::1');
    store.close();
    // What a board of before looks like: results under lab-7 and no numbering in its settings.
    const db = new Database(file);
    db.prepare("UPDATE submissions SET lab = 'lab-7'").run();
    db.prepare("UPDATE latest SET lab = 'lab-7'").run();
    db.prepare("DELETE FROM meta WHERE key = 'lab-numbering'").run();
    db.close();

    const reopened = new BoardStore(file);
    expect(reopened.cells().map((c) => [c.name, c.lab])).toEqual([['Sam', 'lab-9']]);
    reopened.record(accepted(submission('Sam', { lab: 'lab-7', slug: 'queues' })), '::1');
    reopened.close();

    const again = new BoardStore(file);
    expect(
      again
        .cells()
        .map((c) => c.lab)
        .sort(),
    ).toEqual(['lab-7', 'lab-9']);
    again.close();
  });
});
