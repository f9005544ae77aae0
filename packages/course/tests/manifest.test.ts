import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readManifest } from '../src/manifest.ts';

const valid = {
  version: 1,
  id: 'lab-9',
  slug: 'sample-lab',
  title: { ko: '예시', en: 'Sample' },
  objectives: { ko: ['하나'], en: ['one'] },
  minutes: 10,
  points: 100,
  instructions: { ko: 'README.ko.md', en: 'README.md' },
  files: { edit: ['src/handler.ts'], checks: ['checks/handler.check.ts'] },
};

function write(data: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dojo-manifest-')), 'lab.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('readManifest', () => {
  test('accepts a valid manifest and defaults the targets to mock', () => {
    expect(readManifest(write(valid)).targets).toEqual(['mock']);
  });

  test('lists every problem with its path', () => {
    const broken = { ...valid, id: 'lab one', objectives: { ko: ['하나', '둘'], en: ['one'] } };
    expect(() => readManifest(write(broken))).toThrow(/id: id must look like "lab-1"/);
    expect(() => readManifest(write(broken))).toThrow(
      /objectives: ko and en must have the same number/,
    );
  });

  test('says when the file is not JSON', () => {
    expect(() => readManifest(write('{ nope'))).toThrow(/Expected valid JSON in/);
  });
});
