import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { join, relative } from 'node:path';
import { messagesFor } from '../messages.ts';
import type { CliOptions } from '../options.ts';
import { style } from '../style.ts';

/**
 * Calls `grade` now and again after every save under `dir`, until Ctrl+C.
 * Uses file system events, or polling with `--poll`; when events are not
 * available it says so and suggests the polling command.
 */
export async function watchCommand(
  dir: string,
  options: CliOptions,
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
    process.stdout.write('\u001bc');
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
  await regrade();

  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void regrade(), 150);
  };
  if (options.poll) {
    process.stdout.write(`${style.dim(m.polling)}\n`);
    let last = signature(dir);
    setInterval(() => {
      const now = signature(dir);
      if (now !== last) {
        last = now;
        soon();
      }
    }, 1_000);
  } else {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { recursive: true }, soon);
    } catch (error) {
      return watchFailed(error, m, labId);
    }
    watcher.on('error', (error) => {
      watcher.close();
      process.exitCode = watchFailed(error, m, labId);
      process.exit();
    });
  }
  return new Promise<number>((resolve) => {
    process.once('SIGINT', () => resolve(0));
  });
}

function watchFailed(error: unknown, m: ReturnType<typeof messagesFor>, labId: string): number {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  process.stderr.write(`${m.watchFailed(reason, `npm run grade -- ${labId} --watch --poll`)}\n`);
  return 2;
}

/** Names, sizes and modification times of every file under `dir`. */
function signature(dir: string): string {
  const parts: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path, { throwIfNoEntry: false });
        if (stat) parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.join('|');
}
