import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipFormatError, ZipTooLargeError } from '../src/errors.ts';
import { extractZip, writeZip } from '../src/zip.ts';
import { overlappingZip, zipBomb } from './fixtures/zip-bombs.ts';

const LIMITS = { maxUnzippedBytes: 1024 * 1024, maxEntries: 100 };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lambda-local-zip-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeZip and extractZip', () => {
  it('extracts the files it writes, with their executable bit', async () => {
    const zip = writeZip([
      { path: 'index.mjs', data: Buffer.from('export const handler = async () => 1;') },
      { path: 'lib/util.mjs', data: Buffer.from('x'.repeat(5000)) },
      { path: 'bootstrap', data: Buffer.from('#!/bin/sh\n'), mode: 0o755 },
    ]);
    const out = await extractZip(zip, join(dir, 'task'), LIMITS);
    expect(out).toEqual({ files: 3, unzippedBytes: 37 + 5000 + 10 });
    expect(readFileSync(join(dir, 'task/lib/util.mjs'), 'utf8')).toBe('x'.repeat(5000));
    expect(statSync(join(dir, 'task/bootstrap')).mode & 0o111).not.toBe(0);
    expect(statSync(join(dir, 'task/index.mjs')).mode & 0o111).toBe(0);
  });

  it('compresses repetitive content', () => {
    const zip = writeZip([{ path: 'a.txt', data: Buffer.from('a'.repeat(100_000)) }]);
    expect(zip.length).toBeLessThan(2_000);
  });

  it('refuses data that is not a zip', async () => {
    await expect(extractZip(Buffer.from('hello, not a zip'), dir, LIMITS)).rejects.toThrow(
      ZipFormatError,
    );
  });

  it('refuses entries that climb out of the folder', async () => {
    const zip = writeZip([{ path: '../evil.mjs', data: Buffer.from('x') }]);
    await expect(extractZip(zip, join(dir, 'task'), LIMITS)).rejects.toThrow(
      /invalid relative path/,
    );
  });

  it('stops inflating at the limit even when the archive declares small sizes', async () => {
    const bomb = zipBomb(4 * 1024 * 1024, { lieAboutSize: true });
    await expect(extractZip(bomb, join(dir, 'task'), LIMITS)).rejects.toThrow(ZipFormatError);
  });

  it('refuses an archive that declares more than the limit', async () => {
    const bomb = zipBomb(4 * 1024 * 1024);
    await expect(extractZip(bomb, join(dir, 'task'), LIMITS)).rejects.toThrow(ZipTooLargeError);
  });

  it('refuses entries that share one compressed stream', async () => {
    await expect(extractZip(overlappingZip(3), join(dir, 'task'), LIMITS)).rejects.toThrow(
      /overlap/,
    );
  });

  it('refuses an archive with more entries than allowed', async () => {
    const files = Array.from({ length: 101 }, (_, i) => ({ path: `f${i}`, data: Buffer.from('') }));
    await expect(extractZip(writeZip(files), join(dir, 'task'), LIMITS)).rejects.toThrow(
      'The zip lists 101 entries; lambda-local accepts at most 100.',
    );
  });
});
