import { Worker } from 'node:worker_threads';
import { EndlessLoopError } from './errors.ts';

/**
 * Stops learner code stuck in a synchronous loop without stopping the check
 * worker, so the checks after it still run.
 *
 * A loop such as `while (true) {}` blocks the worker's event loop: no timer,
 * not even Vitest's timeout, can fire. A watcher thread sees the event loop's
 * heartbeat stop while a check runs and, through the inspector, pauses the
 * main thread (to note where it is looping) and terminates the running
 * JavaScript. V8 cancels the termination once the task it hit has unwound,
 * so the event loop goes on and the check fails with `EndlessLoopError`.
 * Node has no other way to interrupt running JavaScript in the same thread.
 */
function guardAllowed(): boolean {
  const permission = (process as { permission?: { has(scope: string): boolean } }).permission;
  return !permission || permission.has('worker');
}

export { EndlessLoopError } from './errors.ts';

/** A check's event loop blocked this long counts as an endless loop. */
const FIRST_LIMIT_MS = 1_000;
/** Once one loop has been stopped, code that blocks again is stopped sooner. */
const AGAIN_LIMIT_MS = 300;
const BEAT_MS = 50;

// Layout of the shared memory: [beat (f64)] [running, limitMs, stopped, textLength (i32)] [text].
const TEXT_BYTES = 2048;

const watcherSource = `
const { workerData } = require('node:worker_threads');
const inspector = require('node:inspector');
const { SourceMap } = require('node:module');
const beat = new Float64Array(workerData, 0, 1);
const state = new Int32Array(workerData, 8, 4);
const text = new Uint8Array(workerData, 24);
const session = new inspector.Session();
session.connectToMainThread();
const urls = new Map();
session.on('Debugger.scriptParsed', (m) => urls.set(m.params.scriptId, m.params.url));
const post = (method, params) => new Promise((resolve) => session.post(method, params, (error, result) => resolve(error ? undefined : result)));
function original(source, line, column) {
  const match = /sourceMappingURL=data:application\\/json[^,]*base64,([A-Za-z0-9+/=]+)/.exec(source);
  if (!match) return undefined;
  try {
    const map = new SourceMap(JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')));
    const entry = map.findEntry(line, column);
    return entry && entry.originalSource ? entry : undefined;
  } catch { return undefined; }
}
session.on('Debugger.paused', async (message) => {
  let where = '';
  for (const frame of message.params.callFrames) {
    const url = urls.get(frame.location.scriptId) || '';
    if (!url || url.startsWith('node:') || url.includes('/node_modules/')) continue;
    const { lineNumber, columnNumber = 0 } = frame.location;
    const script = await post('Debugger.getScriptSource', { scriptId: frame.location.scriptId });
    const entry = script && original(script.scriptSource, lineNumber, columnNumber);
    const path = url.replace(/^file:\\/\\//, '');
    const file = entry ? require('node:path').resolve(require('node:path').dirname(path), entry.originalSource.replace(/^file:\\/\\//, '')) : path;
    const line = (entry ? entry.originalLine : lineNumber) + 1;
    const column = (entry ? entry.originalColumn : columnNumber) + 1;
    const place = file + ':' + line + ':' + column;
    where = frame.functionName ? frame.functionName + ' (' + place + ')' : place;
    break;
  }
  const bytes = Buffer.from(where).subarray(0, ${TEXT_BYTES});
  text.set(bytes);
  state[3] = bytes.length;
  Atomics.store(state, 2, 1);
  // Terminate answers only once the thread runs again, so resume without waiting for it.
  const terminated = post('Runtime.terminateExecution');
  await post('Debugger.resume');
  await terminated;
  await post('Debugger.disable');
});
let lastTick = Date.now();
let lastBeat = beat[0];
let stale = 0;
let stopping = false;
setInterval(async () => {
  const now = Date.now();
  const gap = now - lastTick;
  lastTick = now;
  // A late tick means this whole process was not running: that is not a loop.
  if (beat[0] !== lastBeat || gap > 300 || Atomics.load(state, 0) === 0) {
    lastBeat = beat[0];
    stale = 0;
    stopping = false;
    return;
  }
  stale += gap;
  if (stale < Atomics.load(state, 1) || stopping) return;
  stopping = true;
  await post('Debugger.enable');
  await post('Debugger.pause');
}, 100);
`;

class LoopGuard {
  private readonly beat: Float64Array;
  private readonly state: Int32Array;
  private readonly text: Uint8Array;
  private fail: ((error: Error) => void) | undefined;
  private stopped = false;

  constructor() {
    const shared = new SharedArrayBuffer(24 + TEXT_BYTES);
    this.beat = new Float64Array(shared, 0, 1);
    this.state = new Int32Array(shared, 8, 4);
    this.text = new Uint8Array(shared, 24);
    this.beat[0] = Date.now();
    setInterval(() => this.tick(), BEAT_MS).unref();
    new Worker(watcherSource, { eval: true, workerData: shared }).unref();
  }

  /** Runs `fn` in a task of its own, so stopping a loop in it leaves the caller running. */
  run<T>(fn: () => T | Promise<T>): Promise<T> {
    Atomics.store(this.state, 1, this.stopped ? AGAIN_LIMIT_MS : FIRST_LIMIT_MS);
    return new Promise<T>((resolve, reject) => {
      this.fail = reject;
      setImmediate(() => {
        this.beat[0] = Date.now();
        Atomics.store(this.state, 0, 1);
        Promise.resolve()
          .then(fn)
          .then(resolve, reject)
          .finally(() => {
            Atomics.store(this.state, 0, 0);
            this.fail = undefined;
          });
      });
    });
  }

  private tick(): void {
    this.beat[0] = Date.now();
    if (Atomics.load(this.state, 2) !== 1) return;
    const where = Buffer.from(this.text.subarray(0, this.state[3])).toString('utf8');
    Atomics.store(this.state, 2, 0);
    Atomics.store(this.state, 0, 0);
    this.stopped = true;
    this.fail?.(new EndlessLoopError(where));
    this.fail = undefined;
  }
}

let guard: LoopGuard | undefined;

/** Runs one check's body under the loop guard (started once per check worker). */
export async function runGuarded<T>(fn: () => T | Promise<T>): Promise<T> {
  // Under --strict, Node's permission model allows neither worker threads nor the
  // inspector: loops are then left to the grader's slower fallback (kill and re-run).
  if (!guardAllowed()) return await fn();
  guard ??= new LoopGuard();
  return guard.run(fn);
}
