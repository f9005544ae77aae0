import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FunctionVersion } from './function-registry.ts';
import { limits } from './limits.ts';
import { endLine, reportLine, startLine, timeoutLine } from './log-lines.ts';
import { peakRssKb } from './memory.ts';

const BOOTSTRAP = fileURLToPath(new URL('./runtime/bootstrap.mjs', import.meta.url));

/** One invocation handed to an environment. */
export interface InvocationRequest {
  requestId: string;
  payload: Buffer;
  invokedArn: string;
  /** Decoded JSON of `X-Amz-Client-Context`, if any. */
  clientContext?: string;
}

/** What the caller of Invoke gets back. */
export interface InvocationResult {
  payload: Buffer;
  /** Set when the function failed (`Unhandled`). */
  functionError?: 'Unhandled';
  errorType?: string;
  /** The whole log of the invocation, START to REPORT. */
  log: string;
}

export interface EnvironmentOptions {
  runtimeApi: string;
  region: string;
  root: string;
  memoryPollMs: number;
  /** Receives log text that belongs to no invocation (e.g. a crash while idle). */
  onStrayLog: (text: string) => void;
  onGone: (env: ExecutionEnvironment) => void;
}

interface Running {
  request: InvocationRequest;
  resolve: (result: InvocationResult) => void;
  initLog: string;
  log: string;
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

type Outcome =
  | { kind: 'response'; payload: Buffer }
  | { kind: 'error'; payload: Buffer; errorType: string }
  | { kind: 'failure'; errorType: string; message: string; status: string; logLine: string };

/** A child process that runs a function's code through the Runtime API. */
export class ExecutionEnvironment {
  readonly id = randomUUID();
  readonly version: FunctionVersion;
  readonly key: string;
  #options: EnvironmentOptions;
  #child: ChildProcess;
  #tmpDir: string;
  #spawnedAt = performance.now();
  #initDurationMs: number | undefined;
  #initReported = false;
  #ready = false;
  #dead = false;
  #heldNext: ServerResponse | undefined;
  #running: Running | undefined;
  #received = { out: 0, err: 0 };
  #logWaiter: { out: number; err: number; done: () => void } | undefined;
  #peakKb = 0;
  #poller: NodeJS.Timeout | undefined;
  #stderrTail = '';

  constructor(version: FunctionVersion, options: EnvironmentOptions) {
    this.version = version;
    this.key = environmentKey(version);
    this.#options = options;
    this.#tmpDir = join(options.root, 'env', this.id, 'tmp');
    mkdirSync(this.#tmpDir, { recursive: true });
    const s = version.settings;
    const logStream = `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[${version.version}]${this.id.replaceAll('-', '')}`;
    this.#child = spawn(
      process.execPath,
      [`--max-old-space-size=${Math.floor(s.memorySize * 0.9)}`, BOOTSTRAP],
      {
        cwd: version.codeDir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...s.environment,
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          LANG: 'en_US.UTF-8',
          TZ: ':UTC',
          TMPDIR: this.#tmpDir,
          // os.tmpdir() reads TEMP/TMP on Windows; Windows processes also need SYSTEMROOT.
          TEMP: this.#tmpDir,
          TMP: this.#tmpDir,
          ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}),
          HOME: this.#tmpDir,
          LAMBDA_TASK_ROOT: version.codeDir,
          LAMBDA_RUNTIME_DIR: fileURLToPath(new URL('./runtime', import.meta.url)),
          _HANDLER: s.handler,
          AWS_REGION: options.region,
          AWS_DEFAULT_REGION: options.region,
          AWS_EXECUTION_ENV: `AWS_Lambda_${s.runtime}`,
          AWS_LAMBDA_FUNCTION_NAME: version.name,
          AWS_LAMBDA_FUNCTION_VERSION: version.version,
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(s.memorySize),
          AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
          AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${version.name}`,
          AWS_LAMBDA_LOG_STREAM_NAME: logStream,
          AWS_LAMBDA_RUNTIME_API: options.runtimeApi,
          LAMBDA_LOCAL_ENVIRONMENT_ID: this.id,
        },
      },
    );
    this.#child.stdout
      ?.setEncoding('utf8')
      .on('data', (text: string) => this.#onOutput(text, 'out'));
    this.#child.stderr
      ?.setEncoding('utf8')
      .on('data', (text: string) => this.#onOutput(text, 'err'));
    this.#child.on('close', (code, signal) => this.#onClose(code, signal));
    this.#child.on('error', (error) => this.#onOutput(`${String(error)}\n`, 'err'));
    const initTimer = setTimeout(() => {
      if (!this.#ready) this.#fail('Runtime.InitTimeout', 'Init timed out', 'timeout', '');
    }, limits.initTimeoutMs);
    initTimer.unref();
  }

  /** Free for a new invocation: initialised or initialising, nothing assigned. */
  get available(): boolean {
    return !this.#dead && this.#running === undefined;
  }

  get dead(): boolean {
    return this.#dead;
  }

  /** Hands an invocation to this environment; it starts when the runtime asks for it. */
  run(request: InvocationRequest): Promise<InvocationResult> {
    return new Promise((resolve) => {
      this.#running = { request, resolve, initLog: '', log: '' };
      this.#poller ??= setInterval(() => this.#checkMemory(), this.#options.memoryPollMs);
      if (this.#heldNext) this.#deliver();
    });
  }

  /** The runtime's GET /next. */
  onNext(res: ServerResponse): void {
    if (this.#dead) {
      res.destroy();
      return;
    }
    if (!this.#ready) {
      this.#ready = true;
      this.#initDurationMs = performance.now() - this.#spawnedAt;
    }
    this.#heldNext = res;
    if (this.#running && this.#running.startedAt === undefined) this.#deliver();
  }

  /** The runtime's POST /response or /error for the current request. */
  async onResult(
    requestId: string,
    outcome: Outcome,
    logBytes: string | undefined,
    maxRssKb: number,
  ): Promise<boolean> {
    if (this.#running?.request.requestId !== requestId || this.#running.startedAt === undefined) {
      return false;
    }
    this.#peakKb = Math.max(this.#peakKb, maxRssKb);
    await this.#waitForLogs(logBytes);
    this.#checkMemory();
    if (this.#running?.request.requestId === requestId) this.#finish(outcome);
    return true;
  }

  /** The runtime's POST /init/error. */
  async onInitError(
    payload: Buffer,
    errorType: string,
    logBytes: string | undefined,
  ): Promise<void> {
    if (this.#dead) return;
    this.#initDurationMs = performance.now() - this.#spawnedAt;
    await this.#waitForLogs(logBytes);
    const running = this.#running;
    if (running) {
      running.startedAt = performance.now();
      this.#finish({ kind: 'error', payload, errorType });
    }
    this.kill();
  }

  kill(): void {
    if (this.#dead) return;
    this.#dead = true;
    clearInterval(this.#poller);
    this.#heldNext?.destroy();
    this.#child.kill('SIGKILL');
    this.#options.onGone(this);
  }

  #deliver(): void {
    const running = this.#running;
    const res = this.#heldNext;
    if (!running || !res) return;
    this.#heldNext = undefined;
    const timeoutMs = this.version.settings.timeout * 1000;
    running.startedAt = performance.now();
    running.timer = setTimeout(() => this.#onTimeout(), timeoutMs);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': running.request.requestId,
      'lambda-runtime-deadline-ms': String(Date.now() + timeoutMs),
      'lambda-runtime-invoked-function-arn': running.request.invokedArn,
      'lambda-runtime-trace-id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomUUID().replaceAll('-', '').slice(0, 24)};Sampled=0`,
    };
    if (running.request.clientContext) {
      headers['lambda-runtime-client-context'] = running.request.clientContext;
    }
    res.writeHead(200, headers);
    res.end(running.request.payload);
  }

  #onOutput(text: string, stream: 'out' | 'err'): void {
    this.#received[stream] += Buffer.byteLength(text);
    if (stream === 'err') this.#stderrTail = (this.#stderrTail + text).slice(-2048);
    const running = this.#running;
    if (!running) this.#options.onStrayLog(text);
    else if (running.startedAt === undefined) running.initLog += text;
    else running.log += text;
    const waiter = this.#logWaiter;
    if (waiter && this.#received.out >= waiter.out && this.#received.err >= waiter.err)
      waiter.done();
  }

  #waitForLogs(logBytes: string | undefined): Promise<void> {
    const [out = 0, err = 0] = (logBytes ?? '').split(',').map(Number);
    if (this.#received.out >= out && this.#received.err >= err) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, 200);
      const waiter = { out, err, done };
      this.#logWaiter = waiter;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.#logWaiter = undefined;
    });
  }

  #checkMemory(): void {
    if (this.#dead) return;
    const kb = peakRssKb(this.#child.pid ?? -1);
    if (kb !== undefined) this.#peakKb = Math.max(this.#peakKb, kb);
    if (this.#peakKb > this.version.settings.memorySize * 1024) this.#outOfMemory();
  }

  #outOfMemory(): void {
    this.#fail(
      'Runtime.OutOfMemory',
      'Runtime exited with error: signal: killed',
      'error',
      'Runtime exited with error: signal: killed',
    );
  }

  #onTimeout(): void {
    const running = this.#running;
    if (!running) return;
    const seconds = this.version.settings.timeout;
    this.#fail(
      'Sandbox.Timedout',
      `Task timed out after ${seconds.toFixed(2)} seconds`,
      'timeout',
      timeoutLine(running.request.requestId, seconds),
    );
  }

  #onClose(code: number | null, signal: NodeJS.Signals | null): void {
    if (!this.#dead && this.#running) {
      const oom = /heap out of memory|Reached heap limit/.test(this.#stderrTail);
      const reason = signal
        ? `signal: ${signal === 'SIGKILL' ? 'killed' : signal}`
        : `exit status ${code}`;
      if (oom) this.#outOfMemory();
      else
        this.#fail(
          'Runtime.ExitError',
          `Runtime exited with error: ${reason}`,
          'error',
          `Runtime exited with error: ${reason}`,
        );
    } else if (!this.#dead) {
      this.#options.onStrayLog(`Runtime exited with error: exit status ${code ?? signal}\n`);
    }
    this.kill();
    rmSync(join(this.#tmpDir, '..'), { recursive: true, force: true });
  }

  /** Ends the current invocation because the environment failed, and kills it. */
  #fail(errorType: string, message: string, status: string, logLine: string): void {
    if (this.#running) {
      this.#running.startedAt ??= performance.now();
      this.#finish({ kind: 'failure', errorType, message, status, logLine });
    }
    this.kill();
  }

  #finish(outcome: Outcome): void {
    const running = this.#running;
    if (!running || running.startedAt === undefined) return;
    clearTimeout(running.timer);
    clearInterval(this.#poller);
    this.#poller = undefined;
    this.#running = undefined;
    const id = running.request.requestId;
    const durationMs = performance.now() - running.startedAt;
    const cold = !this.#initReported;
    this.#initReported = true;
    let payload: Buffer;
    let errorType: string | undefined;
    let tail = '';
    if (outcome.kind === 'failure') {
      errorType = outcome.errorType;
      const errorMessage = `RequestId: ${id} Error: ${outcome.message}`;
      payload = Buffer.from(JSON.stringify({ errorType, errorMessage }));
      if (outcome.logLine) {
        tail = outcome.logLine.endsWith('\n')
          ? outcome.logLine
          : `RequestId: ${id} Error: ${outcome.logLine}\n${errorType}\n`;
      }
    } else {
      payload = outcome.payload;
      if (outcome.kind === 'error') errorType = outcome.errorType;
    }
    const report = reportLine({
      requestId: id,
      durationMs,
      memorySizeMb: this.version.settings.memorySize,
      maxMemoryUsedMb: Math.ceil(this.#peakKb / 1024),
      initDurationMs: cold ? this.#initDurationMs : undefined,
      status: outcome.kind === 'failure' ? outcome.status : undefined,
      errorType: outcome.kind === 'failure' ? outcome.errorType : undefined,
    });
    const log = `${running.initLog}${startLine(id, this.version.version)}${running.log}${tail}${endLine(id)}${report}`;
    running.resolve({
      payload,
      functionError: errorType === undefined ? undefined : 'Unhandled',
      errorType,
      log,
    });
  }
}

/** Environments are reused only for the same code and settings of the same version. */
export function environmentKey(version: FunctionVersion): string {
  return `${version.name}:${version.version}:${version.revision}`;
}
