import { accessSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_RUNTIMES } from './function-config.ts';
import type { FunctionVersion } from './function-registry.ts';

const BOOTSTRAP = fileURLToPath(new URL('./runtime/bootstrap.mjs', import.meta.url));

export interface Launch {
  /** lambda-local's own Node.js runtime, for which a spare can stand in. */
  node: boolean;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface LaunchContext {
  id: string;
  region: string;
  runtimeApi: string;
  tmpDir: string;
  /** Name of the variable that marks the environment's processes. */
  marker: string;
}

/** Node.js's arguments for lambda-local's runtime: its heap kept below the function's memory. */
export function nodeRuntimeArgs(memorySizeMb: number): string[] {
  return [`--max-old-space-size=${Math.floor(memorySizeMb * 0.9)}`, BOOTSTRAP];
}

/**
 * What to start for a function's runtime, and with which environment
 * variables: lambda-local's Node runtime for `nodejs*.x`, the zip's
 * `bootstrap` for `provided.*`; or why that bootstrap cannot run.
 */
export function runtimeLaunch(
  version: FunctionVersion,
  context: LaunchContext,
): Launch | { problem: string } {
  const s = version.settings;
  const node = NODE_RUNTIMES.includes(s.runtime);
  let command = node ? process.execPath : join(version.code.dir, 'bootstrap');
  let args = node ? nodeRuntimeArgs(s.memorySize) : [];
  if (!node) {
    const problem = bootstrapProblem(command);
    if (problem) return { problem };
    // On Amazon Linux /bin/sh is bash, and AWS's tutorial bootstrap relies on it.
    if (shebangOf(command) === '/bin/sh' && existsSync('/bin/bash')) {
      args = [command];
      command = '/bin/bash';
    }
  }
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  const { tmpDir } = context;
  return {
    node,
    command,
    args,
    env: {
      ...s.environment,
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      LANG: 'en_US.UTF-8',
      TZ: ':UTC',
      TMPDIR: tmpDir,
      // os.tmpdir() reads TEMP/TMP on Windows; Windows processes also need SYSTEMROOT.
      TEMP: tmpDir,
      TMP: tmpDir,
      ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}),
      HOME: tmpDir,
      LAMBDA_TASK_ROOT: version.code.dir,
      LAMBDA_RUNTIME_DIR: fileURLToPath(new URL('./runtime', import.meta.url)),
      _HANDLER: s.handler,
      ...roleCredentials(context.id),
      AWS_REGION: context.region,
      AWS_DEFAULT_REGION: context.region,
      ...(node ? { AWS_EXECUTION_ENV: `AWS_Lambda_${s.runtime}` } : {}),
      AWS_LAMBDA_FUNCTION_NAME: version.name,
      AWS_LAMBDA_FUNCTION_VERSION: version.version,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(s.memorySize),
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${version.name}`,
      AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[${version.version}]${context.id.replaceAll('-', '')}`,
      AWS_LAMBDA_RUNTIME_API: context.runtimeApi,
      // Not read by any runtime: lets lambda-local find processes that detached themselves.
      [context.marker]: context.id,
    },
  };
}

/**
 * Lambda hands a function its execution role's temporary credentials. lambda-local has no
 * STS: these are dummies of the same shape, one set per environment, so the SDK inside a
 * function signs its requests to local endpoints (`AWS_ENDPOINT_URL_*`); AWS refuses them.
 */
function roleCredentials(environmentId: string): Record<string, string> {
  const hex = environmentId.replaceAll('-', '');
  const keyId = `ASIA${hex.slice(0, 16).toUpperCase()}`;
  return {
    AWS_ACCESS_KEY: keyId,
    AWS_ACCESS_KEY_ID: keyId,
    AWS_SECRET_ACCESS_KEY: `lambda-local/${hex}`,
    AWS_SESSION_TOKEN: Buffer.from(`lambda-local:${environmentId}`).toString('base64'),
  };
}

/** Why a custom runtime's `bootstrap` cannot run, in AWS's words; undefined if it can. */
function bootstrapProblem(path: string): string | undefined {
  if (!existsSync(path)) return `Couldn't find valid bootstrap(s): [${path}]`;
  try {
    accessSync(path, constants.X_OK);
    return undefined;
  } catch {
    return `fork/exec ${path}: permission denied`;
  }
}

function shebangOf(path: string): string | undefined {
  try {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(128);
    const read = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return /^#!\s*(\S+)/.exec(head.toString('latin1', 0, read))?.[1];
  } catch {
    return undefined;
  }
}
