/** Messages between the page and the playground's Web Worker (the "execution environment"). */

export interface ErrorShape {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export interface ContextData {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  /** Epoch ms at which the invocation times out. */
  deadlineMs: number;
}

/** The Node.js runtimes the playground imitates (callbacks: accepted on 22, refused on 24). */
export type PlaygroundRuntimeId = 'nodejs22.x' | 'nodejs24.x';

export type ToWorker =
  | { type: 'init'; code: string; runtime: PlaygroundRuntimeId }
  | { type: 'invoke'; requestId: string; event: unknown; context: ContextData };

export type FromWorker =
  | { type: 'log'; line: string }
  | { type: 'init-done'; initMs: number }
  | { type: 'init-error'; initMs: number; error: ErrorShape }
  | { type: 'result'; requestId: string; durationMs: number; response: string }
  | { type: 'error'; requestId: string; durationMs: number; error: ErrorShape };

/** An Error (or anything thrown) in the shape Lambda returns it. */
export function toErrorShape(thrown: unknown, fallbackType = 'Error'): ErrorShape {
  if (thrown instanceof Error) {
    const trace = (thrown.stack ?? '').split('\n').filter((l) => l.trim() !== '');
    return {
      errorType: thrown.name || fallbackType,
      errorMessage: thrown.message,
      trace: trace.length > 0 ? trace : undefined,
    };
  }
  if (typeof thrown === 'string') return { errorType: 'string', errorMessage: thrown };
  let text: string;
  try {
    text = JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = String(thrown);
  }
  return { errorType: fallbackType, errorMessage: text };
}
