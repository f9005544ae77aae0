import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeStore } from './code-store.ts';
import { EnvironmentPool } from './environment-pool.ts';
import { ResourceNotFoundError, UnknownOperationError, ValidationError } from './errors.ts';
import { EventQueue } from './event-queue.ts';
import { functionNameConstraint } from './function-name.ts';
import { FunctionRegistry } from './function-registry.ts';
import { CODE_PATH } from './function-view.ts';
import { sendError, sendJson } from './http-io.ts';
import { handleInvoke } from './invoke-api.ts';
import { limits } from './limits.ts';
import { LogStore } from './logs/log-store.ts';
import { handleLogs, isLogsRequest, sendLogsError } from './logs/logs-api.ts';
import { accountSettings, handleManagement } from './management-api.ts';
import { assertJsonBody, assertNotFromBrowser, assertSigned } from './request-guard.ts';
import type { ServiceContext } from './service-context.ts';

export interface LambdaLocalOptions {
  /** Port of the Lambda API on 127.0.0.1; 0 picks a free one. Default 9001. */
  port?: number;
  region?: string;
  accountId?: string;
  /** Invocations running at once (one environment each); past it, TooManyRequestsException. */
  concurrency?: number;
  /** An environment idle this long is shut down. */
  idleTimeoutMs?: number;
  /** Delays before the retries of a failed Event invocation (AWS: 1 and 2 minutes). */
  eventRetryDelaysMs?: readonly number[];
  /**
   * How long a new function stays `Pending`, and an update `InProgress`
   * (default 500 ms; on AWS it usually takes a few hundred ms to seconds).
   */
  stateDelayMs?: number;
  /** How often a running environment's memory is checked. */
  memoryPollMs?: number;
  /** Time a client has to send a request's headers, and the whole request. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Bytes of log events kept for the CloudWatch Logs API; past it the oldest go. */
  maxLogStoreBytes?: number;
  /**
   * Keep a started Node.js runtime ready for the next cold start (default true; see
   * spare-runtimes.ts). Off, every new environment starts its runtime when it is needed.
   */
  spareRuntimes?: boolean;
  /** Receives every function's log (START … REPORT); default: none. */
  onLog?: (functionName: string, text: string) => void;
}

export interface LambdaLocal {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint`. */
  endpoint: string;
  port: number;
  /** Resolves once all queued Event invocations and their retries are done. */
  eventsDrained: () => Promise<void>;
  /** Process ids of the running execution environments (their process-group leaders). */
  environmentPids: () => number[];
  /** Process ids of the started runtimes waiting for a cold start (see spare-runtimes.ts). */
  sparePids: () => number[];
  /** Deployment packages on disk now. */
  storedPackages: () => number;
  close: () => Promise<void>;
}

export const DEFAULT_PORT = 9001;
export const DEFAULT_CONCURRENCY = 10;
export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_STATE_DELAY_MS = 500;

const ROUTE =
  /^\/2015-03-31\/functions\/?(?:([^/]+)(?:\/(invocations|configuration|code|versions))?)?\/?$/;
const ACCOUNT_SETTINGS = /^\/2016-08-19\/account-settings\/?$/;

/** Starts a local Lambda service on 127.0.0.1. */
export async function startLambdaLocal(options: LambdaLocalOptions = {}): Promise<LambdaLocal> {
  const root = mkdtempSync(join(tmpdir(), 'lambda-local-'));
  const store = new CodeStore(root);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const logs = new LogStore({ maxBytes: options.maxLogStoreBytes ?? limits.maxLogStoreBytes });
  const pool = new EnvironmentPool({
    region: options.region ?? 'us-east-1',
    root,
    store,
    memoryPollMs: options.memoryPollMs ?? 20,
    concurrency,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    spareRuntimes: options.spareRuntimes ?? true,
    onLog: options.onLog ?? (() => {}),
    logs,
  });
  const registry = new FunctionRegistry(store, options.stateDelayMs ?? DEFAULT_STATE_DELAY_MS);
  let endpoint = '';
  const ctx: ServiceContext = {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '123456789012',
    registry,
    store,
    pool,
    logs,
    concurrency,
    events: new EventQueue(pool, {
      retryDelaysMs: options.eventRetryDelaysMs ?? limits.eventRetryDelaysMs,
      maxEvents: limits.maxQueuedEvents,
      maxBytes: limits.maxQueuedEventBytes,
      exists: (version) => {
        try {
          return registry.resolve(version.name, version.version, version.name) !== undefined;
        } catch {
          return false;
        }
      },
    }),
    endpoint: () => endpoint,
  };
  let hosts: string[] = [];
  const apiServer = await listen((req, res) => route(ctx, hosts, req, res), {
    port: options.port ?? DEFAULT_PORT,
    headersTimeoutMs: options.headersTimeoutMs ?? 10_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 120_000,
  });
  const port = (apiServer.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  endpoint = `http://127.0.0.1:${port}`;
  const onExit = () => {
    pool.close();
    rmSync(root, { recursive: true, force: true });
  };
  atExit.add(onExit);
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    port,
    eventsDrained: () => ctx.events.drained(),
    environmentPids: () =>
      pool.environments.map((env) => env.pid).filter((pid): pid is number => pid !== undefined),
    sparePids: () => pool.sparePids,
    storedPackages: () => store.count,
    close: () => {
      closing ??= (async () => {
        atExit.delete(onExit);
        ctx.events.close();
        pool.close();
        apiServer.closeAllConnections();
        await new Promise<void>((resolve) => apiServer.close(() => resolve()));
        rmSync(root, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

// Environments are separate process groups: end them, and remove the services' files, when
// this process exits without close() (process.exit, an uncaught error).
const atExit = new Set<() => void>();
process.on('exit', () => {
  for (const cleanUp of atExit) cleanUp();
});

function route(
  ctx: ServiceContext,
  hosts: readonly string[],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (isLogsRequest(req)) {
    serveLogs(ctx, hosts, req, res);
    return;
  }
  const work = async () => {
    assertNotFromBrowser(req, hosts);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname.startsWith(CODE_PATH)) {
      return sendCode(ctx, url.pathname.slice(CODE_PATH.length), res);
    }
    assertSigned(req);
    if (req.method === 'GET' && ACCOUNT_SETTINGS.test(url.pathname)) {
      return sendJson(res, 200, accountSettings(ctx));
    }
    const match = ROUTE.exec(url.pathname);
    if (!match) throw new UnknownOperationError(`Unknown operation ${req.method} ${url.pathname}`);
    const rawName = match[1] === undefined ? undefined : decodeName(match[1]);
    if (match[2] === 'invocations' && rawName !== undefined && req.method === 'POST') {
      return handleInvoke(ctx, req, res, url, rawName);
    }
    assertJsonBody(req);
    const handled = await handleManagement(ctx, req, res, url, rawName, match[2]);
    if (!handled)
      throw new UnknownOperationError(`Unknown operation ${req.method} ${url.pathname}`);
  };
  work().catch((error: unknown) => {
    req.resume();
    sendError(res, error);
  });
}

/** The CloudWatch Logs API (JSON 1.1), under the same guard, signed for `logs`. */
function serveLogs(
  ctx: ServiceContext,
  hosts: readonly string[],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const work = async () => {
    assertNotFromBrowser(req, hosts);
    assertSigned(req, 'logs');
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      throw new UnknownOperationError(`Unknown operation ${req.method} ${req.url}`);
    }
    await handleLogs(ctx.logs, ctx, req, res);
  };
  work().catch((error: unknown) => {
    req.resume();
    sendLogsError(res, error);
  });
}

/** GetFunction's Code.Location: the zip as uploaded, for whoever holds the token. */
function sendCode(ctx: ServiceContext, token: string, res: ServerResponse): void {
  const code = ctx.store.byToken(token);
  if (!code) throw new ResourceNotFoundError('The code location has expired or never existed.');
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': code.size });
  createReadStream(code.zipPath)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** A percent-encoded name that does not decode is a bad name, as AWS answers it. */
function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch (cause) {
    throw new ValidationError(functionNameConstraint(raw), { cause });
  }
}

function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: { port: number; headersTimeoutMs: number; requestTimeoutMs: number },
): Promise<Server> {
  const server = createServer(
    { connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs) },
    handler,
  );
  server.keepAliveTimeout = 60_000;
  // Slow or half-sent requests are cut off: they cannot pile up and hold sockets.
  server.headersTimeout = options.headersTimeoutMs;
  server.requestTimeout = options.requestTimeoutMs;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
