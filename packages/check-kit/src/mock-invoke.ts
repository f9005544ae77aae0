import { format } from 'node:util';
import { fakeContext } from './fake-context.ts';
import type { FunctionErrorPayload, Invocation } from './invocation.ts';

// biome-ignore lint/suspicious/noExplicitAny: a lab handler types its own event.
export type Handler = (event: any, context: any) => unknown;

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Calls a handler in this process, as the nodejs24.x runtime would, capturing its console output. */
export async function invokeInProcess(
  handler: Handler,
  event: unknown,
  functionName: string,
  timeoutSeconds: number,
): Promise<Invocation> {
  const output: string[] = [];
  const originals = METHODS.map((m) => console[m]);
  METHODS.forEach((method, i) => {
    const original = originals[i] as (...args: unknown[]) => void;
    console[method] = (...args: unknown[]) => {
      output.push(format(...args));
      original.apply(console, args);
    };
  });
  const started = performance.now();
  let result: unknown;
  let error: FunctionErrorPayload | undefined;
  try {
    const context = fakeContext({ functionName, remainingTimeMs: timeoutSeconds * 1000 });
    // A JSON round trip, as the result travels through the Invoke API.
    const value = await handler(JSON.parse(JSON.stringify(event ?? {})), context);
    result = JSON.parse(JSON.stringify(value ?? null));
  } catch (thrown) {
    const e = thrown instanceof Error ? thrown : new Error(String(thrown));
    error = { errorType: e.name, errorMessage: e.message, trace: e.stack?.split('\n') ?? [] };
  } finally {
    METHODS.forEach((method, i) => {
      console[method] = originals[i] as (typeof console)[typeof method];
    });
  }
  return { result, error, output, log: output.join('\n'), durationMs: performance.now() - started };
}
