import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findImageMagick } from '../../bench/imagemagick.ts';

describe('the benchmark finding ImageMagick', () => {
  let dir: string;
  const saved = { path: process.env.PATH, convert: process.env.IMAGEMAGICK_CONVERT };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'image-core-path-'));
    delete process.env.IMAGEMAGICK_CONVERT;
  });

  afterEach(async () => {
    process.env.PATH = saved.path;
    if (saved.convert !== undefined) process.env.IMAGEMAGICK_CONVERT = saved.convert;
    await rm(dir, { recursive: true, force: true });
  });

  it('finds nothing on a PATH without ImageMagick, so the bench reports it skipped', () => {
    process.env.PATH = dir;
    expect(findImageMagick()).toBeUndefined();
  });

  it('skips a shell script called convert', async () => {
    const script = join(dir, 'convert');
    await writeFile(script, '#!/bin/sh\necho "Version: ImageMagick 0"\n', { mode: 0o755 });
    process.env.PATH = dir;
    expect(findImageMagick()).toBeUndefined();
  });
});
