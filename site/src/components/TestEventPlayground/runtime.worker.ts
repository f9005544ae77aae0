/// <reference lib="webworker" />
/**
 * The playground's execution environment: loads the handler module once (INIT), then runs
 * one invocation per message (INVOKE). The page terminates this worker on a timeout.
 */
import { consoleLine, formatArgs, type LogLevel } from '../../lib/playground/log.ts';
import { isCommonJs } from '../../lib/playground/module-format.ts';
import {
  type FromWorker,
  type PlaygroundRuntimeId,
  type ToWorker,
  toErrorShape,
} from '../../lib/playground/protocol.ts';

type Callback = (error?: unknown, result?: unknown) => void;
type Handler = (event: unknown, context: unknown, callback?: Callback) => unknown;

// Docusaurus adds a chunk helper to every chunk that expects webpack's runtime; reading the public
// path makes webpack include that runtime in this otherwise self-contained worker bundle.
declare const __webpack_public_path__: string;
export const bundledFrom: string =
  typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : '';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker) => scope.postMessage(message);

let handler: Handler | null = null;
let currentRequestId: string | undefined;

const levels: [keyof Console, LogLevel][] = [
  ['log', 'INFO'],
  ['info', 'INFO'],
  ['warn', 'WARN'],
  ['error', 'ERROR'],
  ['debug', 'DEBUG'],
  ['trace', 'TRACE'],
];
for (const [method, level] of levels) {
  (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
    post({ type: 'log', line: consoleLine(new Date(), currentRequestId, level, formatArgs(args)) });
}

/** A native dynamic import, kept out of the bundler's sight (the URL is only known at run time). */
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

class HandlerNotFound extends Error {
  override name = 'Runtime.HandlerNotFound';
}

class CallbackHandlerDeprecated extends Error {
  override name = 'Runtime.CallbackHandlerDeprecated';
}

/** `exports.handler = ...` code, run the way Node.js runs a CommonJS `index.js`. */
function loadCommonJs(code: string): { handler?: unknown } {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    throw new Error(`Cannot find module '${name}' (the playground has no node_modules)`);
  };
  new Function('exports', 'require', 'module', '__filename', '__dirname', code)(
    module.exports,
    require,
    module,
    '/var/task/index.js',
    '/var/task',
  );
  return module.exports;
}

/** An ES module (`export const handler`), loaded from a Blob URL as Node.js loads `index.mjs`. */
async function loadEsModule(code: string): Promise<{ handler?: unknown }> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    return (await importModule(url)) as { handler?: unknown };
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function init(code: string, runtime: PlaygroundRuntimeId): Promise<void> {
  const started = performance.now();
  const commonJs = isCommonJs(code);
  try {
    const mod = commonJs ? loadCommonJs(code) : await loadEsModule(code);
    if (typeof mod.handler !== 'function') {
      throw new HandlerNotFound('index.handler is undefined or not exported');
    }
    const loaded = mod.handler as Handler;
    // Node.js 24 refuses a handler that declares a third (callback) parameter, before any call.
    if (runtime === 'nodejs24.x' && loaded.length >= 3) {
      throw new CallbackHandlerDeprecated(
        'Callback-based function handlers are not supported in Node.js 24 and later: use an async handler (export const handler = async (event, context) => ...), or choose nodejs22.x.',
      );
    }
    handler = loaded;
    post({ type: 'init-done', initMs: performance.now() - started });
  } catch (thrown) {
    const error = toErrorShape(thrown);
    if (thrown instanceof SyntaxError) error.errorType = 'Runtime.UserCodeSyntaxError';
    post({ type: 'init-error', initMs: performance.now() - started, error });
  }
}

/** Calls the handler; a callback-style one (nodejs22.x) settles when it calls back. */
function call(fn: Handler, event: unknown, ctx: unknown): Promise<unknown> {
  if (fn.length < 3) return Promise.resolve(fn(event, ctx));
  return new Promise((resolve, reject) => {
    const callback: Callback = (error, result) => {
      if (error !== undefined && error !== null) reject(error);
      else resolve(result);
    };
    try {
      const returned = fn(event, ctx, callback);
      // An async handler with three parameters settles by its promise, as in Node.js 22.
      if (returned && typeof (returned as Promise<unknown>).then === 'function') {
        (returned as Promise<unknown>).then(resolve, reject);
      }
    } catch (thrown) {
      reject(thrown);
    }
  });
}

async function invoke(message: Extract<ToWorker, { type: 'invoke' }>): Promise<void> {
  const { requestId, event, context } = message;
  currentRequestId = requestId;
  const ctx = {
    ...context,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, context.deadlineMs - Date.now()),
  };
  const started = performance.now();
  try {
    if (!handler) throw new HandlerNotFound('index.handler is undefined or not exported');
    const value = await call(handler, event, ctx);
    const durationMs = performance.now() - started;
    let response: string;
    try {
      response = JSON.stringify(value === undefined ? null : value) ?? 'null';
    } catch (thrown) {
      const error = toErrorShape(thrown);
      error.errorType = 'Runtime.MarshalError';
      post({ type: 'error', requestId, durationMs, error });
      return;
    }
    post({ type: 'result', requestId, durationMs, response });
  } catch (thrown) {
    post({
      type: 'error',
      requestId,
      durationMs: performance.now() - started,
      error: toErrorShape(thrown),
    });
  }
}

scope.onmessage = (ev) => {
  const message = ev.data;
  if (message.type === 'init') void init(message.code, message.runtime);
  else void invoke(message);
};
