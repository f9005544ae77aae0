import { appendFileSync, closeSync, openSync, readSync } from 'node:fs';

/**
 * A side channel from the checks to the grader: each check writes a line when
 * it starts and when it ends, synchronously, to a file the grader names.
 *
 * Vitest reports a check's progress in batches sent on the worker's event
 * loop, so learner code stuck in `while (true)` blocks the very report that
 * would say which check is running (and the results of the checks before it).
 * A synchronous write gets out before the loop starts. The grader uses these
 * lines only to find a hung check and to show progress, never for results:
 * learner code that writes to the file can at most get a check skipped and
 * failed as hung, not passed.
 */
export const CHECK_EVENTS_ENV = 'LAMBDA_DOJO_CHECK_EVENTS';
/** Comma-separated ids of checks a re-run skips because they hung before. */
export const SKIP_CHECKS_ENV = 'LAMBDA_DOJO_SKIP_CHECKS';

export interface CheckEvent {
  event: 'start' | 'end';
  id: string;
  /** The check's own timeout, so the grader knows how long to wait. */
  timeoutMs: number;
  /** When it happened (ms since the epoch). */
  at: number;
  /** The check's title, for the progress line. */
  title?: { ko: string; en: string };
}

/** In the check worker: notes that check `id` starts or ends. */
export function noteCheck(
  event: CheckEvent['event'],
  id: string,
  timeoutMs: number,
  title?: CheckEvent['title'],
): void {
  const file = process.env[CHECK_EVENTS_ENV];
  if (!file) return;
  try {
    const line: CheckEvent = { event, id, timeoutMs, at: Date.now(), ...(title ? { title } : {}) };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  } catch {
    // The grader went away or the file was removed: grading goes on without progress.
  }
}

/** In the check worker: the ids of the checks this run skips. */
export function skippedChecks(): Set<string> {
  return new Set((process.env[SKIP_CHECKS_ENV] ?? '').split(',').filter(Boolean));
}

/** In the grader: reads the events written since the last call. */
export class CheckEventReader {
  private offset = 0;
  private rest = '';

  constructor(private readonly file: string) {}

  read(): CheckEvent[] {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch {
      return [];
    }
    let text = '';
    try {
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, this.offset);
        if (n === 0) break;
        this.offset += n;
        text += buffer.toString('utf8', 0, n);
      }
    } finally {
      closeSync(fd);
    }
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    return lines.flatMap((line) => {
      try {
        const event = JSON.parse(line) as CheckEvent;
        return typeof event.id === 'string' && typeof event.timeoutMs === 'number' ? [event] : [];
      } catch {
        return [];
      }
    });
  }
}
