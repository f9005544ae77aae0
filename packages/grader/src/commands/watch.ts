import { relative } from 'node:path';
import { watch } from 'chokidar';
import { messagesFor } from '../messages.ts';
import { style } from '../style.ts';
import type { GradeOptions } from './grade.ts';

/** How long to wait after the last file event before grading: one save is often several events. */
const SETTLE_MS = 150;

/**
 * Calls `grade` now and again after every save under `dir`, until Ctrl+C.
 *
 * chokidar does the watching: editors and `sed -i` save by writing a new file
 * and renaming it over the old one, which a plain `fs.watch` on the file loses
 * track of. `--poll` asks chokidar to poll, for file systems without events.
 */
export async function watchCommand(
  dir: string,
  options: GradeOptions,
  labId: string,
  repoRoot: string,
  grade: () => Promise<unknown>,
): Promise<number> {
  const m = messagesFor(options.lang);
  let running = false;
  let again = false;
  const regrade = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // Clearing the screen only makes sense on a terminal; in a pipe it is noise.
    if (process.stdout.isTTY) process.stdout.write('\u001bc');
    try {
      await grade();
    } finally {
      running = false;
      process.stdout.write(`\n${style.dim(m.watching(relative(repoRoot, dir) || '.'))}\n`);
    }
    if (again) {
      again = false;
      await regrade();
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void regrade(), SETTLE_MS);
  };
  if (options.poll) process.stdout.write(`${style.dim(m.polling)}\n`);
  const watcher = watch(dir, {
    ignoreInitial: true,
    usePolling: options.poll,
    interval: 1_000,
    binaryInterval: 1_000,
  });
  const failed = new Promise<number>((resolve) => {
    watcher.on('error', (error) => {
      void watcher.close();
      resolve(watchFailed(error, m, labId));
    });
  });
  const stopped = new Promise<number>((resolve) => {
    process.once('SIGINT', () => resolve(0));
  });
  // Watch before the first grade, so a save made while it runs is not missed.
  const ready = new Promise<undefined>((resolve) =>
    watcher.once('ready', () => resolve(undefined)),
  );
  const early = await Promise.race([ready, failed, stopped]);
  if (early !== undefined) return early;
  watcher.on('all', soon);
  void regrade();
  const code = await Promise.race([failed, stopped]);
  clearTimeout(timer);
  await watcher.close();
  return code;
}

function watchFailed(error: unknown, m: ReturnType<typeof messagesFor>, labId: string): number {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  process.stderr.write(`${m.watchFailed(reason, `npm run grade -- ${labId} --watch --poll`)}\n`);
  return 2;
}
