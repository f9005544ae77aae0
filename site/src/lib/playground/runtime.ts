import { billedDurations, initTimeoutMs } from './billing.ts';
import { consoleLine, endLine, reportLine, startLine, timeoutMessage } from './log.ts';
import type {
  ContextData,
  ErrorShape,
  FromWorker,
  PlaygroundRuntimeId,
  ToWorker,
} from './protocol.ts';

/** The part of a Web Worker the runtime uses (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((ev: { data: FromWorker }) => void) | null;
  onerror: ((ev: { message?: string; preventDefault?: () => void }) => void) | null;
}

export interface Clock {
  /** High-resolution milliseconds (performance.now). */
  now(): number;
  date(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  date: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface InvokeRequest {
  code: string;
  event: unknown;
  timeoutMs: number;
  /** Shown in REPORT and the context; a browser can neither limit nor measure a worker's memory. */
  memoryMb: number;
  /** Defaults to nodejs24.x. */
  runtime?: PlaygroundRuntimeId;
  functionName?: string;
}

export type InvokeStatus = 'succeeded' | 'failed' | 'timeout';

export interface InvokeOutcome {
  status: InvokeStatus;
  requestId: string;
  /** The response as the console shows it (pretty JSON). */
  response: string;
  durationMs: number;
  /** Set on a cold start. */
  initMs?: number;
  cold: boolean;
  billedMs: number;
  /** What 2018's 100 ms rounding would have billed. */
  billedLegacyMs: number;
  /** Every log line, START to REPORT, as CloudWatch Logs would show them. */
  logs: string[];
}

type Waited =
  | { kind: 'message'; message: FromWorker }
  | { kind: 'timeout' }
  | { kind: 'crash'; message: string };

export function randomRequestId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const hex = () =>
    Math.floor(Math.random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
}

const pretty = (json: string) => {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
};

/**
 * Runs handler code in a Web Worker the way Lambda runs it in an execution environment:
 * the first invocation (or the first after the code changed or a timeout) is a cold start with
 * an INIT phase; later ones reuse the worker. A timeout terminates the worker, so a runaway loop
 * never blocks the page.
 */
export class PlaygroundRuntime {
  private env: { worker: WorkerLike; code: string; runtime: PlaygroundRuntimeId } | null = null;
  private busy = false;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly clock: Clock = realClock,
    private readonly newRequestId: () => string = randomRequestId,
  ) {}

  get warm(): boolean {
    return this.env !== null;
  }

  /** Ends the current environment; the next invocation is a cold start. */
  reset(): void {
    this.env?.worker.terminate();
    this.env = null;
  }

  async invoke(req: InvokeRequest): Promise<InvokeOutcome> {
    if (this.busy) throw new Error('An invocation is already running');
    this.busy = true;
    try {
      return await this.run(req);
    } finally {
      this.busy = false;
    }
  }

  private async run(req: InvokeRequest): Promise<InvokeOutcome> {
    const requestId = this.newRequestId();
    const logs: string[] = [];
    const runtime = req.runtime ?? 'nodejs24.x';
    const cold = this.env === null || this.env.code !== req.code || this.env.runtime !== runtime;
    let initMs: number | undefined;

    if (cold) {
      this.reset();
      const worker = this.createWorker();
      this.env = { worker, code: req.code, runtime };
      const initStart = this.clock.now();
      worker.postMessage({ type: 'init', code: req.code, runtime });
      const init = await this.waitFor(worker, logs, initTimeoutMs(), ['init-done', 'init-error']);
      initMs = this.clock.now() - initStart;
      if (init.kind === 'message' && init.message.type === 'init-done') {
        initMs = init.message.initMs;
      } else {
        this.reset();
        let error: ErrorShape;
        if (init.kind === 'message' && init.message.type === 'init-error')
          error = init.message.error;
        else if (init.kind === 'crash')
          error = { errorType: 'Runtime.ExitError', errorMessage: init.message };
        else
          error = {
            errorType: 'Sandbox.Timedout',
            errorMessage: timeoutMessage(requestId, initTimeoutMs()),
          };
        if (init.kind === 'message' && init.message.type === 'init-error')
          initMs = init.message.initMs;
        return this.finish({
          status: init.kind === 'timeout' ? 'timeout' : 'failed',
          requestId,
          logs,
          cold,
          initMs,
          durationMs: 0,
          memoryMb: req.memoryMb,
          response: JSON.stringify(error),
          errorLine: consoleLine(
            this.clock.date(),
            undefined,
            'ERROR',
            `Init Error \t${JSON.stringify(error)}`,
          ),
        });
      }
    }

    const worker = (this.env as { worker: WorkerLike }).worker;
    logs.push(startLine(requestId));
    const started = this.clock.now();
    worker.postMessage({
      type: 'invoke',
      requestId,
      event: req.event,
      context: this.context(req, requestId),
    });
    const waited = await this.waitFor(worker, logs, req.timeoutMs, ['result', 'error']);

    if (waited.kind === 'timeout') {
      this.reset();
      const message = timeoutMessage(requestId, req.timeoutMs);
      return this.finish({
        status: 'timeout',
        requestId,
        logs,
        cold,
        initMs,
        durationMs: req.timeoutMs,
        memoryMb: req.memoryMb,
        response: JSON.stringify({ errorType: 'Sandbox.Timedout', errorMessage: message }),
        errorLine: `${this.clock.date().toISOString()} ${message}`,
      });
    }
    if (waited.kind === 'crash') {
      this.reset();
      const error = { errorType: 'Runtime.ExitError', errorMessage: waited.message };
      return this.finish({
        status: 'failed',
        requestId,
        logs,
        cold,
        initMs,
        durationMs: this.clock.now() - started,
        memoryMb: req.memoryMb,
        response: JSON.stringify(error),
        errorLine: `${this.clock.date().toISOString()} ${requestId} ${waited.message}`,
      });
    }
    const msg = waited.message;
    if (msg.type === 'result') {
      return this.finish({
        status: 'succeeded',
        requestId,
        logs,
        cold,
        initMs,
        durationMs: msg.durationMs,
        memoryMb: req.memoryMb,
        response: msg.response,
      });
    }
    const error =
      msg.type === 'error' ? msg.error : { errorType: 'Error', errorMessage: 'unknown' };
    return this.finish({
      status: 'failed',
      requestId,
      logs,
      cold,
      initMs,
      durationMs: msg.type === 'error' ? msg.durationMs : 0,
      memoryMb: req.memoryMb,
      response: JSON.stringify(error),
      errorLine: consoleLine(
        this.clock.date(),
        requestId,
        'ERROR',
        `Invoke Error \t${JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace ?? [] })}`,
      ),
    });
  }

  private context(req: InvokeRequest, requestId: string): ContextData {
    const name = req.functionName ?? 'dojo-playground';
    return {
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:ap-northeast-2:123456789012:function:${name}`,
      memoryLimitInMB: String(req.memoryMb),
      awsRequestId: requestId,
      logGroupName: `/aws/lambda/${name}`,
      logStreamName: `${this.clock.date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]playground`,
      deadlineMs: this.clock.date().getTime() + req.timeoutMs,
    };
  }

  private finish(o: {
    status: InvokeStatus;
    requestId: string;
    logs: string[];
    cold: boolean;
    initMs: number | undefined;
    durationMs: number;
    memoryMb: number;
    response: string;
    errorLine?: string;
  }): InvokeOutcome {
    const billed = billedDurations(o.durationMs, o.cold ? (o.initMs ?? 0) : 0);
    if (!o.logs.some((l) => l.startsWith('START '))) o.logs.push(startLine(o.requestId));
    if (o.errorLine) o.logs.push(o.errorLine);
    o.logs.push(endLine(o.requestId));
    o.logs.push(
      reportLine({
        requestId: o.requestId,
        durationMs: o.durationMs,
        memoryMb: o.memoryMb,
        initMs: o.cold ? o.initMs : undefined,
        status: o.status === 'timeout' ? 'timeout' : o.status === 'failed' ? 'error' : undefined,
      }),
    );
    return {
      status: o.status,
      requestId: o.requestId,
      response: pretty(o.response),
      durationMs: o.durationMs,
      initMs: o.cold ? o.initMs : undefined,
      cold: o.cold,
      billedMs: billed.now,
      billedLegacyMs: billed.legacy,
      logs: o.logs,
    };
  }

  /** Collects log lines until one of `types` arrives, the worker crashes, or `ms` pass. */
  private waitFor(
    worker: WorkerLike,
    logs: string[],
    ms: number,
    types: FromWorker['type'][],
  ): Promise<Waited> {
    return new Promise((resolve) => {
      let done = false;
      const settle = (w: Waited) => {
        if (done) return;
        done = true;
        this.clock.clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        resolve(w);
      };
      const timer = this.clock.setTimeout(() => settle({ kind: 'timeout' }), ms);
      worker.onmessage = (ev) => {
        const message = ev.data;
        if (message.type === 'log') logs.push(message.line);
        else if (types.includes(message.type)) settle({ kind: 'message', message });
      };
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        settle({
          kind: 'crash',
          message: ev.message ?? 'The execution environment stopped unexpectedly',
        });
      };
    });
  }
}
