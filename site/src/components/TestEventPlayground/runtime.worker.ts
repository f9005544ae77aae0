/// <reference lib="webworker" />
/**
 * The playground's execution environment: loads the handler module once (INIT), then runs
 * one invocation per message (INVOKE). The page terminates this worker on a timeout.
 */
import { consoleLine, formatArgs, type LogLevel } from '../../lib/playground/log.ts';
import { type FromWorker, type ToWorker, toErrorShape } from '../../lib/playground/protocol.ts';

type Handler = (event: unknown, context: unknown) => unknown;

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

async function init(code: string): Promise<void> {
  const started = performance.now();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    const mod = (await importModule(url)) as { handler?: unknown };
    if (typeof mod.handler !== 'function') {
      throw new HandlerNotFound('index.handler is undefined or not exported');
    }
    handler = mod.handler as Handler;
    post({ type: 'init-done', initMs: performance.now() - started });
  } catch (thrown) {
    const error = toErrorShape(thrown);
    if (thrown instanceof SyntaxError) error.errorType = 'Runtime.UserCodeSyntaxError';
    post({ type: 'init-error', initMs: performance.now() - started, error });
  } finally {
    URL.revokeObjectURL(url);
  }
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
    const value = await handler(event, ctx);
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
  if (message.type === 'init') void init(message.code);
  else void invoke(message);
};
