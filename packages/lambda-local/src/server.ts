import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentPool } from './environment-pool.ts';
import { UnknownOperationError, ValidationError } from './errors.ts';
import { EventQueue } from './event-queue.ts';
import { functionNameConstraint } from './function-name.ts';
import { FunctionRegistry } from './function-registry.ts';
import { sendError } from './http-io.ts';
import { handleInvoke } from './invoke-api.ts';
import { limits } from './limits.ts';
import { handleManagement } from './management-api.ts';
import { assertJsonBody, assertNotFromBrowser, assertSigned } from './request-guard.ts';
import { runtimeApiHandler } from './runtime-api.ts';
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
  /** How long a new function stays Pending after its code is unpacked. */
  activationDelayMs?: number;
  /** How often a running environment's memory is checked. */
  memoryPollMs?: number;
  /** Receives every function's log (START … REPORT); default: none. */
  onLog?: (functionName: string, text: string) => void;
}

export interface LambdaLocal {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint`. */
  endpoint: string;
  port: number;
  /** `127.0.0.1:<port>` of the Runtime API the environments call. */
  runtimeApi: string;
  /** Resolves once all queued Event invocations and their retries are done. */
  eventsDrained: () => Promise<void>;
  close: () => Promise<void>;
}

export const DEFAULT_PORT = 9001;
export const DEFAULT_CONCURRENCY = 10;
export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;

const ROUTE =
  /^\/2015-03-31\/functions\/?(?:([^/]+)(?:\/(invocations|configuration|code|versions))?)?\/?$/;

/** Starts a local Lambda service on 127.0.0.1. */
export async function startLambdaLocal(options: LambdaLocalOptions = {}): Promise<LambdaLocal> {
  const root = mkdtempSync(join(tmpdir(), 'lambda-local-'));
  let runtimeHandler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    res.destroy();
  const runtimeServer = await listen((req, res) => runtimeHandler(req, res), 0);
  const runtimeApi = `127.0.0.1:${(runtimeServer.address() as AddressInfo).port}`;
  const pool = new EnvironmentPool({
    runtimeApi,
    region: options.region ?? 'us-east-1',
    root,
    memoryPollMs: options.memoryPollMs ?? 20,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    onLog: options.onLog ?? (() => {}),
  });
  runtimeHandler = runtimeApiHandler(pool, [runtimeApi]);
  const registry = new FunctionRegistry(root, options.activationDelayMs ?? 0);
  let endpoint = '';
  const ctx: ServiceContext = {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '123456789012',
    registry,
    pool,
    events: new EventQueue(pool, {
      retryDelaysMs: options.eventRetryDelaysMs ?? limits.eventRetryDelaysMs,
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
  const apiServer = await listen(
    (req, res) => route(ctx, hosts, req, res),
    options.port ?? DEFAULT_PORT,
  );
  const port = (apiServer.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    runtimeApi,
    eventsDrained: () => ctx.events.drained(),
    close: async () => {
      ctx.events.close();
      pool.close();
      apiServer.closeAllConnections();
      runtimeServer.closeAllConnections();
      await Promise.all([close(apiServer), close(runtimeServer)]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function route(
  ctx: ServiceContext,
  hosts: readonly string[],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const work = async () => {
    assertNotFromBrowser(req, hosts);
    assertSigned(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
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
  port: number,
): Promise<Server> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
