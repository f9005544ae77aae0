// Finding and running ImageMagick's `convert`, the engine of the original service.

import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const isElf = (path: string): boolean => {
  try {
    const fd = openSync(realpathSync(path), 'r');
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    closeSync(fd);
    return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } catch {
    return false;
  }
};

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export interface ImageMagick {
  path: string;
  version: string;
}

/**
 * The first `magick` or `convert` program on PATH (or $IMAGEMAGICK_CONVERT) that is a real
 * ImageMagick binary. Shell wrappers are skipped so that their start-up is not timed.
 */
export const findImageMagick = (): ImageMagick | undefined => {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [
    process.env.IMAGEMAGICK_CONVERT,
    ...dirs.map((dir) => join(dir, 'magick')),
    ...dirs.map((dir) => join(dir, 'convert')),
  ].filter((path): path is string => path !== undefined && executable(path) && isElf(path));
  for (const path of candidates) {
    const probe = spawnSync(path, ['-version'], { encoding: 'utf8' });
    const firstLine = probe.stdout?.split('\n')[0] ?? '';
    if (probe.status === 0 && firstLine.includes('ImageMagick')) {
      return { path, version: firstLine.replace(/^Version:\s*/, '').replace(/\s+https?:\S+$/, '') };
    }
  }
  return undefined;
};

/** Runs convert with the image on stdin; resolves with stdout. */
export const runConvert = (path: string, args: string[], input: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const child = spawn(path, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`convert exited with ${code}: ${Buffer.concat(err).toString()}`));
    });
    child.stdin.on('error', () => {}); // reported by close
    child.stdin.end(input);
  });

/** Peak RSS in MB of one convert run, via GNU time; undefined without /usr/bin/time. */
export const convertPeakRssMb = (
  path: string,
  args: string[],
  input: Buffer,
): number | undefined => {
  if (!executable('/usr/bin/time')) return undefined;
  const run = spawnSync('/usr/bin/time', ['-f', '%M', path, ...args], {
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  const kb = Number.parseInt(run.stderr.toString().trim().split('\n').pop() ?? '', 10);
  return run.status === 0 && Number.isFinite(kb) ? kb / 1024 : undefined;
};
