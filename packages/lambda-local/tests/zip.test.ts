import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFormatError } from '../src/errors.ts';
import { readZip, writeZip } from '../src/zip.ts';

describe('zip', () => {
  it('reads back the files it writes', () => {
    const files = [
      { path: 'index.mjs', data: Buffer.from('export const handler = async () => 1;') },
      { path: 'lib/util.mjs', data: Buffer.from('x'.repeat(5000)) },
    ];
    const entries = readZip(writeZip(files));
    expect(entries.map((e) => [e.path, Buffer.from(e.data).toString()])).toEqual(
      files.map((f) => [f.path, f.data.toString()]),
    );
  });

  it('compresses repetitive content', () => {
    const zip = writeZip([{ path: 'a.txt', data: Buffer.from('a'.repeat(100_000)) }]);
    expect(zip.length).toBeLessThan(2_000);
  });

  it('refuses data that is not a zip', () => {
    expect(() => readZip(Buffer.from('hello, not a zip'))).toThrow(ZipFormatError);
  });

  it('refuses entries that climb out of the folder', () => {
    const zip = writeZip([{ path: '../evil.mjs', data: Buffer.from('x') }]);
    expect(() => readZip(zip)).toThrow('points outside the archive');
  });

  it('reads stored and deflated entries alike', () => {
    const zip = writeZip([{ path: 'a.txt', data: Buffer.from('hello') }]);
    // The writer deflates; check the deflated bytes are those of zlib's raw deflate.
    expect(zip.includes(deflateRawSync(Buffer.from('hello')))).toBe(true);
    expect(Buffer.from(readZip(zip)[0]?.data ?? []).toString()).toBe('hello');
  });
});
