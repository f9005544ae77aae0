import type { CheckEvent } from '@lambda-dojo/check-kit/events';
import type { Lang } from '@lambda-dojo/lang';
import { messagesFor } from './messages.ts';
import { style } from './style.ts';

/** After this long (or half its timeout), a running check gets a line of its own, even in a pipe. */
const SLOW_MS = 3_000;
/** Grace the grader gives a check past its timeout (see run-checks.ts). */
const GRACE_MS = 3_000;

export interface LiveStatus {
  onEvent: (event: CheckEvent) => void;
  /** Clears the live line before the report is printed. */
  stop: () => void;
}

/**
 * What the learner sees while checks run. On a terminal: one line, rewritten
 * in place, with the running check and how long it has run. In a pipe: plain
 * lines, and only for a check that is slow, saying how long the grader waits.
 */
export function liveStatus(lang: Lang, print: (line: string) => void, tty: boolean): LiveStatus {
  const m = messagesFor(lang);
  let done = 0;
  let running: CheckEvent | undefined;
  let warned = '';
  let shown = false;
  const clear = () => {
    if (shown) process.stdout.write('\r\u001b[2K');
    shown = false;
  };
  const tick = () => {
    if (!running) return;
    const elapsedMs = Date.now() - running.at;
    const title = running.title?.[lang] ?? running.id;
    const limitS = Math.round((running.timeoutMs + GRACE_MS) / 1000);
    if (elapsedMs >= Math.min(SLOW_MS, running.timeoutMs / 2) && warned !== running.id) {
      warned = running.id;
      clear();
      print(style.yellow(m.slowCheck(title, Math.round(elapsedMs / 1000), limitS)));
    }
    if (!tty) return;
    const line = m.runningCheck(title, done, (elapsedMs / 1000).toFixed(1));
    const width = process.stdout.columns || 80;
    process.stdout.write(`\r\u001b[2K${style.dim(line.slice(0, width - 1))}`);
    shown = true;
  };
  const timer = setInterval(tick, 200);
  timer.unref();
  return {
    onEvent(event) {
      if (event.event === 'start') running = event;
      else {
        done += 1;
        if (running?.id === event.id) running = undefined;
      }
      tick();
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
