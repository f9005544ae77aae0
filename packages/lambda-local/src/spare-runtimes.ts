import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeRuntimeArgs } from './runtime-launch.ts';

/** A Node.js runtime process that has booted and waits to become an environment. */
export interface SpareRuntime {
  child: ChildProcess;
  /** How long it took from spawn to ready, counted into the Init Duration of its environment. */
  bootMs: number;
}

interface Waiting {
  child: ChildProcess;
  spawnedAt: number;
  readyAt?: number;
  timer?: NodeJS.Timeout;
}

/** Spares kept at once (one per memory size; the least recently asked for goes first). */
const MAX_SPARES = 2;

/**
 * Started Node.js runtimes for the next cold start. Booting Node.js and loading the
 * runtime client is most of a cold start here (about 50 of 60–100 ms); a spare has done
 * both before an invocation arrives, as AWS readies execution environments ahead of use.
 * A spare runs no function code and holds no function's settings: it receives its
 * environment variables and folder when it becomes an environment, and one of the same
 * memory size is started again for the next cold start. Unused spares end after the idle
 * timeout of environments, and all of them end with the service.
 */
export class SpareRuntimes {
  readonly #root: string;
  readonly #idleTimeoutMs: number;
  readonly #spares = new Map<number, Waiting>();
  #closed: boolean;

  constructor(root: string, idleTimeoutMs: number, enabled = true) {
    this.#root = root;
    this.#idleTimeoutMs = idleTimeoutMs;
    this.#closed = !enabled;
  }

  /** Process ids of the spares, for leak checks. */
  get pids(): number[] {
    return [...this.#spares.values()].flatMap((s) =>
      s.child.pid === undefined ? [] : [s.child.pid],
    );
  }

  /** Starts a spare for functions of this memory size, unless one exists. */
  prepare(memorySizeMb: number): void {
    if (this.#closed || this.#spares.has(memorySizeMb)) return;
    for (const [size, oldest] of this.#spares) {
      if (this.#spares.size < MAX_SPARES) break;
      this.#end(size, oldest);
    }
    const cwd = join(this.#root, 'spare');
    mkdirSync(cwd, { recursive: true });
    const child = spawn(process.execPath, nodeRuntimeArgs(memorySizeMb), {
      cwd,
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' },
    });
    const waiting: Waiting = { child, spawnedAt: performance.now() };
    this.#spares.set(memorySizeMb, waiting);
    const gone = () => {
      if (this.#spares.get(memorySizeMb) === waiting) this.#end(memorySizeMb, waiting);
    };
    child.on('error', gone);
    child.on('exit', gone);
    const ready = child.stdio[3];
    ready?.on('data', () => {
      waiting.readyAt ??= performance.now();
    });
    ready?.on('error', gone);
    this.#idle(memorySizeMb, waiting);
  }

  /** Hands over the spare of this memory size if it is ready, and starts the next one. */
  take(memorySizeMb: number): SpareRuntime | undefined {
    const waiting = this.#spares.get(memorySizeMb);
    if (!waiting) {
      this.prepare(memorySizeMb);
      return undefined;
    }
    const { child, readyAt } = waiting;
    if (readyAt === undefined || child.exitCode !== null || child.signalCode !== null) {
      return undefined;
    }
    clearTimeout(waiting.timer);
    this.#spares.delete(memorySizeMb);
    child.removeAllListeners('exit');
    child.removeAllListeners('error');
    this.prepare(memorySizeMb);
    return { child, bootMs: readyAt - waiting.spawnedAt };
  }

  close(): void {
    this.#closed = true;
    for (const [size, waiting] of this.#spares) this.#end(size, waiting);
  }

  #idle(memorySizeMb: number, waiting: Waiting): void {
    waiting.timer = setTimeout(() => this.#end(memorySizeMb, waiting), this.#idleTimeoutMs);
    waiting.timer.unref();
  }

  #end(memorySizeMb: number, waiting: Waiting): void {
    clearTimeout(waiting.timer);
    this.#spares.delete(memorySizeMb);
    // A spare has run no code that could start processes: its own group is all there is.
    const { pid } = waiting.child;
    if (pid === undefined) return;
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // gone already (Windows has no process groups)
      }
    }
  }
}
