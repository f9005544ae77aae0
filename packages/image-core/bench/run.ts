// npm run bench: resize and convert on a fixed set of images with image-core, raw sharp,
// ImageMagick's convert and jimp, measured in one run; prints a Markdown report.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { findImageMagick } from './imagemagick.ts';
import { makeBenchImages } from './images.ts';
import { OPERATIONS, type Operation } from './operations.ts';
import { geometricMean, pairedRatio } from './stats.ts';
import type { Measurement, WorkerReport } from './worker.ts';

const started = performance.now();
const dir = await mkdtemp(join(tmpdir(), 'image-core-bench-'));
const images = await makeBenchImages();
const manifest = await Promise.all(
  images.map(async ({ name, format, bytes }, index) => {
    const file = `${index}.${format}`;
    await writeFile(join(dir, file), bytes);
    return { name, format, file, bytes: bytes.length };
  }),
);
await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));

const runWorker = (job: string, ...extra: string[]): WorkerReport => {
  const worker = new URL('./worker.ts', import.meta.url).pathname;
  const run = spawnSync(process.execPath, ['--import', 'tsx', worker, job, dir, ...extra], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench worker ${job} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string);
};

const imageMagick = findImageMagick();
if (!imageMagick) console.error('ImageMagick: skipped: ImageMagick not installed');
const timing = imageMagick ? runWorker('time', imageMagick.path) : runWorker('time');
const memoryCore = runWorker('memory-image-core');
const memoryJimp = runWorker('memory-jimp');
await rm(dir, { recursive: true, force: true });

const all: Measurement[] = timing.measurements;
const find = (engine: Measurement['engine'], operation: Operation, image: string) =>
  all.find((m) => m.engine === engine && m.operation === operation && m.image === image);
const ms = (engine: Measurement['engine'], operation: Operation, image: string) =>
  find(engine, operation, image)?.medianMs;
/**
 * Wall clock: the ratio of the fastest runs, the ones other jobs disturbed least. CPU time: the
 * median of per-round ratios (runs in turn, so drift falls on both sides alike).
 */
const paired = (slow: Measurement | undefined, fast: Measurement | undefined, cpu = false) => {
  if (cpu) {
    return slow?.cpuTimes === undefined || fast?.cpuTimes === undefined
      ? undefined
      : pairedRatio(slow.cpuTimes, fast.cpuTimes);
  }
  return slow === undefined || fast === undefined
    ? undefined
    : Math.min(...slow.times) / Math.min(...fast.times);
};
const percent = (value: number | undefined) =>
  value === undefined ? 'n/a' : `${value >= 1 ? '+' : ''}${((value - 1) * 100).toFixed(1)}%`;
const fmt = (value: number | undefined, digits = 1) =>
  value === undefined ? 'n/a' : value.toFixed(digits);
const ratio = (slow: number | undefined, fast: number | undefined) =>
  slow === undefined || fast === undefined ? undefined : slow / fast;

const lines: string[] = [];
lines.push(`# image-core benchmark`, '');
lines.push(
  `Node ${process.version}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), ` +
    `${imageMagick ? `${imageMagick.version} (${imageMagick.path})` : 'ImageMagick: skipped: ImageMagick not installed'}, ` +
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg()[0]?.toFixed(1)} at the end.`,
  '',
  'Medians in ms. image-core runs in turn with sharp (A B, B A, ...), then in turn with ImageMagick; ' +
    '"overhead" and ImageMagick\'s "× faster" compare the fastest run of each side of a pair (the one other jobs disturbed least); ' +
    '"overhead (CPU)" is the median per-round ratio of the CPU time the process spent (all threads), which other jobs disturb far less. ' +
    'jimp runs after, compared by medians. ' +
    'libvips cache off. ImageMagick runs as a new `convert` process per image, reading stdin and writing stdout, as the original service did.',
  '',
);
lines.push(
  `Images: ${manifest.map((m) => `${m.name} (${(m.bytes / 1024).toFixed(0)} KB)`).join(', ')}`,
  '',
);

interface Ratios {
  overhead: number[];
  overheadCpu: number[];
  magick: number[];
  jimp: number[];
}
const summary = Object.fromEntries(
  Object.keys(OPERATIONS).map((operation) => [
    operation,
    { overhead: [], overheadCpu: [], magick: [], jimp: [] },
  ]),
) as unknown as Record<Operation, Ratios>;
for (const operation of Object.keys(OPERATIONS) as Operation[]) {
  lines.push(`## ${operation}: ${OPERATIONS[operation]}`, '');
  lines.push(
    '| image | image-core | sharp | overhead | overhead (CPU) | ImageMagick | × faster | jimp | × faster |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name } of manifest) {
    const core = ms('image-core', operation, name);
    const raw = ms('sharp', operation, name);
    const magick = ms('imagemagick', operation, name);
    const jimp = ms('jimp', operation, name);
    const overhead = paired(find('image-core', operation, name), find('sharp', operation, name));
    const overheadCpu = paired(
      find('image-core', operation, name),
      find('sharp', operation, name),
      true,
    );
    const vsMagick = paired(
      find('imagemagick', operation, name),
      find('image-core-vs-imagemagick', operation, name),
    );
    const vsJimp = ratio(jimp, core);
    if (overhead !== undefined) summary[operation].overhead.push(overhead);
    if (overheadCpu !== undefined) summary[operation].overheadCpu.push(overheadCpu);
    if (vsMagick !== undefined) summary[operation].magick.push(vsMagick);
    if (vsJimp !== undefined) summary[operation].jimp.push(vsJimp);
    lines.push(
      `| ${name} | ${fmt(core)} | ${fmt(raw)} | ${percent(overhead)} | ${percent(overheadCpu)} | ${imageMagick ? fmt(magick) : 'skipped'} | ${imageMagick ? fmt(vsMagick) : 'skipped'} | ${fmt(jimp)} | ${fmt(vsJimp)} |`,
    );
  }
  lines.push('');
}

lines.push('## Summary (geometric means over the images)', '');
lines.push(
  '| operation | overhead vs sharp | overhead (CPU) | × faster than ImageMagick | × faster than jimp |',
);
lines.push('| --- | ---: | ---: | ---: | ---: |');
const verdicts: string[] = [];
const mean = (values: number[]) => (values.length ? geometricMean(values) : undefined);
for (const [operation, ratios] of Object.entries(summary)) {
  const o = mean(ratios.overhead);
  const c = mean(ratios.overheadCpu);
  const m = mean(ratios.magick);
  const j = mean(ratios.jimp);
  lines.push(
    `| ${operation} | ${percent(o)} | ${percent(c)} | ${imageMagick ? fmt(m) : 'skipped'} | ${j === undefined ? 'n/a (no WebP in jimp)' : fmt(j)} |`,
  );
  if (o !== undefined && c !== undefined) {
    const met = (value: number) => (value <= 1.1 ? 'met' : 'NOT met');
    verdicts.push(
      `${operation}: within 10% of raw sharp: wall clock ${met(o)} (${percent(o)}), CPU time ${met(c)} (${percent(c)})`,
    );
  }
  if (m !== undefined) {
    verdicts.push(
      `${operation}: ≥4× faster than ImageMagick: ${m >= 4 ? 'met' : 'NOT met'} (${fmt(m)}×)`,
    );
  }
}
lines.push('');
lines.push('## Peak memory (RSS)', '');
lines.push(
  `- image-core, one pass over every case: ${memoryCore.peakRssMb.toFixed(0)} MB (node with the modules loaded: ${memoryCore.startRssMb.toFixed(0)} MB)`,
  `- jimp, one pass over every case: ${memoryJimp.peakRssMb.toFixed(0)} MB (node with the modules loaded: ${memoryJimp.startRssMb.toFixed(0)} MB)`,
  `- ImageMagick, one convert process, largest case: ${timing.imageMagickPeakRssMb === undefined ? 'n/a' : `${timing.imageMagickPeakRssMb.toFixed(0)} MB`}`,
  '',
);
lines.push('## Goals', '');
if (!imageMagick) verdicts.push('ImageMagick comparison skipped: ImageMagick not installed');
for (const verdict of verdicts) lines.push(`- ${verdict}`);
lines.push('', `Total benchmark time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(lines.join('\n'));
