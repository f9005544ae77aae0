import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectCourseFiles,
  gitBlobId,
  listLabs,
  readCourseFiles,
  regenerateCommand,
  repoRoot,
} from '@lambda-dojo/course';
import { describe, expect, test } from 'vitest';

const committed = readCourseFiles();
const current = collectCourseFiles(listLabs(), repoRoot);
const stale = `packages/grader/course-files.json is stale. Run: ${regenerateCommand}`;

function headBlob(path: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', `HEAD:${path}`], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
  } catch {
    return undefined;
  }
}

describe('course-files.json, committed with the course', () => {
  test('lists every lab of the course', () => {
    expect(Object.keys(committed?.labs ?? {}), stale).toEqual(Object.keys(current.labs));
  });

  test('holds the hashes of the check files as they are now', () => {
    for (const [id, lab] of Object.entries(current.labs)) {
      expect(committed?.labs[id]?.checks, `${stale} (${id} checks)`).toEqual(lab.checks);
    }
  });

  test('names each starter by a git blob id of the committed or current file', () => {
    for (const [id, lab] of Object.entries(current.labs)) {
      for (const [path, blobId] of Object.entries(lab.starters)) {
        const recorded = committed?.labs[id]?.starters[path];
        expect([blobId, headBlob(path)], `${stale} (${path})`).toContain(recorded);
      }
    }
  });
});

describe('git blob ids', () => {
  test('match what git hash-object computes', () => {
    const file = join(repoRoot, 'package.json');
    const expected = execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();

    expect(gitBlobId(readFileSync(file, 'utf8'))).toBe(expected);
  });

  test('are the same for a Windows checkout with CRLF line endings', () => {
    expect(gitBlobId('a\r\nb\r\n')).toBe(gitBlobId('a\nb\n'));
  });
});
