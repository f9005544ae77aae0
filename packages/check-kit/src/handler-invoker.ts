import { isAbsolute, join, parse } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  functionNameFor,
  settingsFromEnv,
  TargetError,
  type TargetKind,
  type TargetSettings,
} from '@lambda-dojo/deploy/settings';
import type { FunctionErrorPayload, Invocation } from './invocation.ts';
import { outputOf } from './invocation.ts';
import { type Handler, invokeInProcess } from './mock-invoke.ts';

/** Any lambda-local role is accepted; on AWS the grader passes a real one. */
const PLACEHOLDER_ROLE = 'arn:aws:iam::123456789012:role/lambda-dojo-local';

export interface HandlerInvokerOptions {
  /** The handler source file, relative to the lab's `src/` (e.g. `handler.ts`) or absolute. */
  entry: string;
  /** The handler's export name. Default `handler`. */
  export?: string;
  /**
   * The handler the check imported (`import { handler } from '@lab/handler.ts'`).
   * The mock target calls it directly; without it the entry file is imported.
   */
  handler?: Handler;
  /** Function name after the prefix and lab id. Default: the entry's file name. */
  name?: string;
  /** Seconds; default Lambda's (3 s). */
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
  /** The target; default read from the env vars the grader sets. */
  settings?: TargetSettings;
}

/** Invokes the handler under test; the same call on every target. */
export interface HandlerInvoker {
  (event?: unknown): Promise<Invocation>;
  target: TargetKind;
  /** The deployed function's name (local, aws). */
  functionName?: string;
}

/**
 * Prepares the handler of a lab for the checks: on `mock` it is called in
 * this process; on `local` and `aws` it is bundled with esbuild, zipped,
 * created or updated as a Lambda function, and each call is a real Invoke.
 * Call it once at the top of a check file: `const invoke = await handlerInvoker({...})`.
 */
export async function handlerInvoker(options: HandlerInvokerOptions): Promise<HandlerInvoker> {
  const settings = options.settings ?? settingsFromEnv();
  const exportName = options.export ?? 'handler';
  const functionName = functionNameFor(settings, options.name ?? parse(options.entry).name);
  const timeout = options.timeout ?? 3;

  if (settings.kind === 'mock') {
    const handler =
      options.handler ?? (await importHandler(resolveEntry(options.entry, settings), exportName));
    const invoke = (event?: unknown) => invokeInProcess(handler, event, functionName, timeout);
    return Object.assign(invoke, { target: settings.kind });
  }

  // The SDK, esbuild and deploy code load only for real Invoke calls, so mock grading stays light.
  const [{ InvokeCommand }, { lambdaClientFor }] = await Promise.all([
    import('@aws-sdk/client-lambda'),
    import('@lambda-dojo/deploy'),
  ]);
  const client = lambdaClientFor(settings);
  const deployed = settings.functionName ?? (await deploy(client, settings, functionName, options));
  const invoke = async (event?: unknown): Promise<Invocation> => {
    const started = performance.now();
    const out = await client.send(
      new InvokeCommand({
        FunctionName: deployed,
        Payload: JSON.stringify(event ?? {}),
        LogType: 'Tail',
      }),
    );
    const durationMs = performance.now() - started;
    const text = Buffer.from(out.Payload ?? []).toString('utf8');
    const log = Buffer.from(out.LogResult ?? '', 'base64').toString('utf8');
    const parsed: unknown = text.length > 0 ? JSON.parse(text) : null;
    if (out.FunctionError) {
      return {
        result: undefined,
        error: parsed as FunctionErrorPayload,
        output: outputOf(log),
        log,
        durationMs,
      };
    }
    return { result: parsed, output: outputOf(log), log, durationMs };
  };
  return Object.assign(invoke, { target: settings.kind, functionName: deployed });
}

/** Bundles the entry file into one module and creates or updates its function; returns its name. */
async function deploy(
  client: import('@aws-sdk/client-lambda').LambdaClient,
  settings: TargetSettings,
  functionName: string,
  options: HandlerInvokerOptions,
): Promise<string> {
  const exportName = options.export ?? 'handler';
  const { bundleHandler, deployFunction } = await import('@lambda-dojo/deploy');
  const roleArn = settings.roleArn ?? (settings.kind === 'local' ? PLACEHOLDER_ROLE : undefined);
  if (!roleArn) {
    throw new TargetError(
      'The aws target needs an execution role: the grader creates one or takes --role-arn.',
    );
  }
  await deployFunction(client, settings, {
    functionName,
    zip: await bundleHandler({ entryFile: resolveEntry(options.entry, settings) }),
    handler: `index.${exportName}`,
    roleArn,
    timeout: options.timeout,
    memorySize: options.memorySize,
    environment: options.environment,
  });
  return functionName;
}

function resolveEntry(entry: string, settings: TargetSettings): string {
  if (isAbsolute(entry)) return entry;
  if (!settings.srcDir) {
    throw new TargetError(
      `Cannot find ${entry}: LAMBDA_DOJO_SRC_DIR is not set. Run the checks with npm run grade.`,
    );
  }
  return join(settings.srcDir, entry);
}

async function importHandler(file: string, exportName: string): Promise<Handler> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = mod[exportName];
  if (typeof fn !== 'function') {
    throw new TargetError(`${file} does not export a function named ${exportName}.`);
  }
  return fn as Handler;
}
