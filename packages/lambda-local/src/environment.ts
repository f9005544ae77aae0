import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BoundedLog } from './bounded-log.ts';
import { NotDeliveredError } from './errors.ts';
import type { FunctionVersion } from './function-registry.ts';
import { limits } from './limits.ts';
import { endLine, reportLine, startLine, timeoutLine } from './log-lines.ts';
import type { LogStore } from './logs/log-store.ts';
import { LogStreamWriter, logGroupName, logStreamName } from './logs/stream-writer.ts';
import { killEnvironment, memoryKb, processTree, StatusReader } from './process-tree.ts';
import { type Outcome, runtimeApiHandler } from './runtime-api.ts';
import { runtimeLaunch } from './runtime-launch.ts';
import type { SpareRuntimes } from './spare-runtimes.ts';

const MARKER = 'LAMBDA_LOCAL_ENVIRONMENT_ID';

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
  /** The log of the invocation, START to REPORT (bounded). */
  log: string;
}

/** A warm environment ended before it took the invocation: run it on another one. */
export interface EnvironmentOptions {
  region: string;
  root: string;
  memoryPollMs: number;
  /** Where the environment's log stream goes (`/aws/lambda/<name>`, one stream per environment). */
  logs: LogStore;
  /** Started Node.js runtimes that a new environment takes instead of starting one. */
  spares: SpareRuntimes;
  /** Receives log text that belongs to no invocation (e.g. a crash while idle). */
  onStrayLog: (text: string) => void;
  onGone: (env: ExecutionEnvironment) => void;
}

interface Running {
  request: InvocationRequest;
  resolve: (result: InvocationResult) => void;
  reject: (error: Error) => void;
  log: BoundedLog;
  /** Its START line is in the log stream. */
  startLogged?: boolean;
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

/** Runs a function's code in child processes that talk to it through the Runtime API. */
export class ExecutionEnvironment {
  readonly id = randomUUID();
  readonly version: FunctionVersion;
  readonly key: string;
  #options: EnvironmentOptions;
  #stream: LogStreamWriter;
  #server: Server;
  #runtimeApi = '';
  #child: ChildProcess | undefined;
  #tmpDir: string;
  #spawnedAt = performance.now();
  #initDurationMs: number | undefined;
  #initLog = new BoundedLog(limits.maxLogBytesPerInvocation);
  #initReported = false;
  #ready = false;
  #dead = false;
  #heldNext: ServerResponse | undefined;
  #running: Running | undefined;
  #received = 0;
  #peakKb = 0;
  #status: StatusReader | undefined;
  #poller: NodeJS.Timeout | undefined;
  #polls = 0;
  #stderrTail = '';
  /** How a new environment failed before its first invocation arrived, for that invocation. */
  #coldOutcome: Outcome | undefined;

  private constructor(version: FunctionVersion, options: EnvironmentOptions, server: Server) {
    this.version = version;
    this.key = environmentKey(version);
    this.#options = options;
    this.#stream = new LogStreamWriter(
      options.logs,
      logGroupName(version.name),
      logStreamName(version.version, this.id),
      limits.maxLogEventBytes,
    );
    this.#server = server;
    this.#tmpDir = join(options.root, 'env', this.id, 'tmp');
  }

  /** Starts an environment: its own Runtime API listener, then the runtime process. */
  static async start(
    version: FunctionVersion,
    options: EnvironmentOptions,
  ): Promise<ExecutionEnvironment> {
    let env: ExecutionEnvironment | undefined;
    const server = createServer((req, res) => handler(req, res));
    const handler = runtimeApiHandler(
      {
        onNext: (res) => env?.onNext(res),
        onResult: async (id, outcome) => (env ? env.onResult(id, outcome) : false),
        onInitError: async (payload, type) => env?.onInitError(payload, type),
      },
      () => (env ? [env.#runtimeApi] : []),
    );
    // The runtime may keep its connection idle for a whole invocation (up to 15 minutes).
    server.keepAliveTimeout = 0;
    server.headersTimeout = 10_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    env = new ExecutionEnvironment(version, options, server);
    env.#runtimeApi = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    env.#spawn();
    return env;
  }

  /** Free for a new invocation: initialised or initialising, nothing assigned. */
  get available(): boolean {
    return !this.#dead && this.#running === undefined;
  }

  get dead(): boolean {
    return this.#dead;
  }

  /** `host:port` of this environment's Runtime API (`AWS_LAMBDA_RUNTIME_API`). */
  get runtimeApi(): string {
    return this.#runtimeApi;
  }

  /** The CloudWatch Logs stream this environment writes to. */
  get logStream(): string {
    return this.#stream.stream;
  }

  /** Process id of the runtime (the process-group leader). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Hands an invocation to this environment; it starts when the runtime asks for it. */
  run(request: InvocationRequest): Promise<InvocationResult> {
    return new Promise((resolve, reject) => {
      const running: Running = {
        request,
        resolve,
        reject,
        log: new BoundedLog(limits.maxLogBytesPerInvocation),
      };
      if (this.#dead) {
        if (!this.#coldOutcome) {
          reject(new NotDeliveredError('The environment has ended.'));
          return;
        }
        running.startedAt = performance.now();
        this.#running = running;
        this.#finish(this.#coldOutcome);
        return;
      }
      this.#running = running;
      this.#poller ??= setInterval(() => this.#checkMemory(true), this.#options.memoryPollMs);
      if (this.#heldNext) this.#deliver();
    });
  }

  onNext(res: ServerResponse): void {
    if (this.#dead) {
      res.destroy();
      return;
    }
    if (!this.#ready) {
      this.#ready = true;
      this.#initDurationMs = performance.now() - this.#spawnedAt;
    }
    this.#heldNext?.destroy();
    this.#heldNext = res;
    if (this.#running && this.#running.startedAt === undefined) this.#deliver();
  }

  async onResult(requestId: string, outcome: Outcome): Promise<boolean> {
    const running = this.#running;
    if (running?.request.requestId !== requestId || running.startedAt === undefined) return false;
    await this.#drainLogs();
    this.#checkMemory(false);
    if (this.#running === running) this.#finish(outcome);
    return true;
  }

  async onInitError(payload: Buffer, errorType: string): Promise<void> {
    if (this.#dead) return;
    this.#initDurationMs = performance.now() - this.#spawnedAt;
    await this.#drainLogs();
    const running = this.#running;
    if (running) {
      running.startedAt ??= performance.now();
      this.#finish({ kind: 'error', payload, errorType });
    } else {
      this.#coldOutcome = { kind: 'error', payload, errorType };
    }
    this.kill();
  }

  /** Ends the environment: every process of it, its listener and its temporary folder. */
  kill(): void {
    if (this.#dead) return;
    if (this.#running?.startedAt !== undefined) {
      // Ended from outside (DeleteFunction, shutdown) in the middle of an invocation.
      const message = 'Runtime exited with error: signal: killed';
      this.#finish({
        kind: 'failure',
        errorType: 'Runtime.ExitError',
        message,
        status: 'error',
        logLine: message,
      });
    }
    this.#dead = true;
    this.#stream.flush();
    this.#status?.close();
    clearInterval(this.#poller);
    this.#heldNext?.destroy();
    killEnvironment(this.#child?.pid, `${MARKER}=${this.id}`);
    this.#server.closeAllConnections();
    this.#server.close();
    const running = this.#running;
    if (running && running.startedAt === undefined) {
      this.#running = undefined;
      running.reject(new NotDeliveredError('The environment ended before the invocation.'));
    }
    rmSync(join(this.#tmpDir, '..'), { recursive: true, force: true });
    this.#options.onGone(this);
  }

  #spawn(): void {
    mkdirSync(this.#tmpDir, { recursive: true });
    const launch = runtimeLaunch(this.version, {
      id: this.id,
      region: this.#options.region,
      runtimeApi: this.#runtimeApi,
      tmpDir: this.#tmpDir,
      marker: MARKER,
    });
    if ('problem' in launch) {
      this.#fail('Runtime.InvalidEntrypoint', launch.problem, 'error', launch.problem);
      return;
    }
    const { command } = launch;
    const spare = launch.node
      ? this.#options.spares.take(this.version.settings.memorySize)
      : undefined;
    if (spare) {
      // Init Duration counts the spare's own boot, not the time it waited.
      this.#spawnedAt = performance.now() - spare.bootMs;
      this.#child = spare.child;
      this.#child.stdin?.end(JSON.stringify({ env: launch.env, cwd: this.version.code.dir }));
    } else {
      this.#child = spawn(command, launch.args, {
        cwd: this.version.code.dir,
        // Its own process group, so the whole environment can be ended at once
        // (on Windows `detached` would open a console window instead).
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: launch.env,
      });
    }
    this.#child.stdout?.setEncoding('utf8').on('data', (text: string) => this.#onOutput(text));
    this.#child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      this.#stderrTail = (this.#stderrTail + text).slice(-2048);
      this.#onOutput(text);
    });
    // 'exit', not 'close': a detached grandchild may hold the pipes open.
    this.#child.on('exit', (code, signal) => void this.#onExit(code, signal));
    this.#child.on('error', (error) => {
      const message = `fork/exec ${command}: ${(error as NodeJS.ErrnoException).code ?? error.message}`;
      this.#fail('Runtime.InvalidEntrypoint', message, 'error', message);
    });
    const initTimer = setTimeout(() => {
      if (!this.#ready) this.#fail('Runtime.InitTimeout', 'Init timed out', 'timeout', '');
    }, limits.initTimeoutMs);
    initTimer.unref();
  }

  #deliver(): void {
    const running = this.#running;
    const res = this.#heldNext;
    if (!running || !res) return;
    this.#heldNext = undefined;
    const timeoutMs = this.version.settings.timeout * 1000;
    running.startedAt = performance.now();
    running.timer = setTimeout(() => this.#onTimeout(), timeoutMs);
    this.#logStart(running);
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

  #logStart(running: Running): void {
    if (running.startLogged) return;
    running.startLogged = true;
    this.#stream.line(startLine(running.request.requestId, this.version.version));
  }

  #onOutput(text: string): void {
    this.#received += text.length;
    this.#stream.write(text);
    const running = this.#running;
    if (running?.startedAt !== undefined) running.log.append(text);
    else if (!this.#initReported) this.#initLog.append(text);
    else this.#options.onStrayLog(text);
  }

  /**
   * Waits until the runtime's output pipes have been read: what a runtime
   * printed before it posted its result is in the pipe by then, so a turn of
   * the event loop with nothing new means the log is complete.
   */
  async #drainLogs(): Promise<void> {
    const deadline = performance.now() + 100;
    let seen = -1;
    while (seen !== this.#received && performance.now() < deadline) {
      seen = this.#received;
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #checkMemory(fromPoll: boolean): void {
    const pid = this.#child?.pid;
    if (this.#dead || pid === undefined) return;
    // The runtime's own peak every time (cheap); the whole tree, which means reading all of
    // /proc (tens of ms on a busy machine), every tenth poll, so only once an invocation
    // has run for ten polls (200 ms): short invocations and cold starts never wait for it.
    const wholeTree = fromPoll && ++this.#polls % 10 === 0;
    this.#status ??= new StatusReader(pid);
    const own = this.#status.read();
    const tree = wholeTree ? memoryKb(pid, processTree(pid)).rssKb : 0;
    this.#peakKb = Math.max(this.#peakKb, own.rssKb, own.peakKb, tree);
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

  async #onExit(code: number | null, signal: NodeJS.Signals | null): Promise<void> {
    if (this.#dead) return;
    await this.#drainLogs();
    if (this.#dead) return;
    const reason = signal
      ? `signal: ${signal === 'SIGKILL' ? 'killed' : signal}`
      : `exit status ${code}`;
    const running = this.#running;
    const oom = /heap out of memory|Reached heap limit/.test(this.#stderrTail);
    if (oom && running) this.#outOfMemory();
    else if (running?.startedAt !== undefined || !this.#ready) {
      this.#fail(
        'Runtime.ExitError',
        `Runtime exited with error: ${reason}`,
        'error',
        `Runtime exited with error: ${reason}`,
      );
    } else if (!running) {
      this.#options.onStrayLog(`Runtime exited with error: ${reason}\n`);
    }
    // A warm environment that exited before taking its invocation: kill() hands it back.
    this.kill();
  }

  /** Ends the current invocation because the environment failed, and kills it. */
  #fail(errorType: string, message: string, status: string, logLine: string): void {
    const outcome: Outcome = { kind: 'failure', errorType, message, status, logLine };
    if (this.#running) {
      this.#running.startedAt ??= performance.now();
      this.#finish(outcome);
    } else if (!this.#ready) {
      this.#coldOutcome = outcome;
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
    this.#logStart(running);
    if (tail) {
      this.#stream.flush();
      this.#stream.write(tail);
    }
    this.#stream.line(endLine(id));
    this.#stream.line(report);
    const initLog = cold ? this.#initLog.toString() : '';
    const log = `${initLog}${startLine(id, this.version.version)}${running.log.toString()}${tail}${endLine(id)}${report}`;
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
