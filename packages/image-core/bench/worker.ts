// One benchmark job in its own process:
//   node --import tsx bench/worker.ts time <images dir> [convert path]
//     image-core and raw sharp in turn (A B, B A, ...), then image-core and ImageMagick in turn,
//     so that a busy machine slows both sides of each pair alike; then jimp on its own.
//   node --import tsx bench/worker.ts memory-image-core|memory-jimp <images dir>
//     one pass over every case, to read the process's peak RSS.
// Prints one JSON line.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { convertPeakRssMb, runConvert } from './imagemagick.ts';
import type { BenchImage } from './images.ts';
import {
  imageCore,
  imageMagickArgs,
  jimp,
  OPERATIONS,
  type Operation,
  rawSharp,
} from './operations.ts';
import { median, timeRounds, timeRuns } from './stats.ts';

export type Engine = 'image-core' | 'sharp' | 'image-core-vs-imagemagick' | 'imagemagick' | 'jimp';

export interface Measurement {
  engine: Engine;
  operation: Operation;
  image: string;
  medianMs: number;
  runs: number;
  /** Each run's milliseconds; for engines timed in rounds, index i is round i. */
  times: number[];
  /** Each run's CPU milliseconds in this process (image-core and sharp only). */
  cpuTimes?: number[];
}

export interface WorkerReport {
  job: string;
  startRssMb: number;
  peakRssMb: number;
  /** Peak RSS of one ImageMagick process (the largest case), when measured. */
  imageMagickPeakRssMb?: number;
  measurements: Measurement[];
}

const [job, dir, convertPath] = process.argv.slice(2) as [string, string, string | undefined];
const manifest: { name: string; format: 'jpeg' | 'png'; file: string }[] = JSON.parse(
  await readFile(join(dir, 'manifest.json'), 'utf8'),
);
const images: BenchImage[] = await Promise.all(
  manifest.map(async ({ name, format, file }) => ({
    name,
    format,
    bytes: await readFile(join(dir, file)),
  })),
);
const startRssMb = process.memoryUsage().rss / 1024 / 1024;
// Each request brings new bytes: libvips' operation cache must not serve repeats.
sharp.cache(false);

const measurements: Measurement[] = [];
let imageMagickPeakRssMb: number | undefined;
const operations = Object.keys(OPERATIONS) as Operation[];

for (const operation of operations) {
  for (const image of images) {
    const record = (engine: Engine, times: number[], cpuTimes?: number[]) =>
      measurements.push({
        engine,
        operation,
        image: image.name,
        medianMs: median(times),
        runs: times.length,
        times,
        cpuTimes,
      });
    if (job === 'time') {
      // image-core against raw sharp, then against ImageMagick: each pair in turn (A B, B A, ...),
      // nothing else between them, so each side follows the other equally often.
      const core = () => imageCore[operation](image);
      const pair = await timeRounds([core, () => rawSharp[operation](image)], {
        min: 7,
        max: 30,
        ms: 800,
        hardMs: 5000,
      });
      record('image-core', pair.wall[0] ?? [], pair.cpu[0]);
      record('sharp', pair.wall[1] ?? [], pair.cpu[1]);
      const args = imageMagickArgs(operation, image);
      if (convertPath) {
        const { wall } = await timeRounds(
          [core, () => runConvert(convertPath, args, image.bytes)],
          { min: 3, max: 20, ms: 1000 },
        );
        record('image-core-vs-imagemagick', wall[0] ?? []);
        record('imagemagick', wall[1] ?? []);
      }
      const jimpRun = jimp[operation];
      if (jimpRun)
        record('jimp', await timeRuns(() => jimpRun(image), { min: 1, max: 4, ms: 800 }));
      if (convertPath) {
        const peak = convertPeakRssMb(convertPath, args, image.bytes);
        if (peak !== undefined) imageMagickPeakRssMb = Math.max(imageMagickPeakRssMb ?? 0, peak);
      }
    } else if (job === 'memory-image-core') {
      await imageCore[operation](image);
    } else if (job === 'memory-jimp') {
      await jimp[operation]?.(image);
    }
  }
}

const report: WorkerReport = {
  job,
  startRssMb,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  imageMagickPeakRssMb,
  measurements,
};
console.log(JSON.stringify(report));
