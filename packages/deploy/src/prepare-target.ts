import { randomBytes } from 'node:crypto';
import { IAMClient } from '@aws-sdk/client-iam';
import { startLambdaLocal } from '@lambda-dojo/lambda-local';
import type { Lang } from '@lambda-dojo/lang';
import { deleteRunFunctions } from './cleanup.ts';
import { assertCredentials, roleCreationError } from './credentials.ts';
import { lambdaClientFor } from './lambda-client.ts';
import { messagesFor } from './messages.ts';
import { awsPlan } from './plan.ts';
import { createExecutionRole, deleteExecutionRole } from './role.ts';
import {
  awsPlacement,
  DEFAULT_PREFIX,
  RUN_TAG,
  settingsToEnv,
  type TargetKind,
  type TargetSettings,
} from './target-settings.ts';

export interface PrepareTargetOptions {
  kind: TargetKind;
  lang: Lang;
  labId: string;
  /** The folder of the code under test (the lab's or solution's `src/`). */
  srcDir: string;
  /** `--region`; for aws, else AWS_REGION / AWS_DEFAULT_REGION. */
  region?: string;
  /** `--prefix` of every resource name (aws). */
  prefix?: string;
  /** `--role-arn`: an existing execution role instead of creating one (aws). */
  roleArn?: string;
  /** `--endpoint`: a running lambda-local (local), or a Lambda endpoint override (aws, tests). */
  endpoint?: string;
  /** Where the plan and cleanup notes go. Default: stdout. */
  print?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Clean up on Ctrl-C (SIGINT) and SIGTERM. Default true. */
  handleSignals?: boolean;
  /** IAM client for the role (tests pass a stub). */
  iam?: Pick<IAMClient, 'send'>;
}

export interface PreparedTarget {
  settings: TargetSettings;
  /** Env vars for the check processes: `runChecks({ ..., env: target.env })`. */
  env: Record<string, string>;
  /** Deletes what this run created and stops what it started; safe to call twice. */
  cleanup: () => Promise<void>;
}

/** Sets up the grading target before the checks run: lambda-local, or the plan and role on AWS. */
export async function prepareTarget(options: PrepareTargetOptions): Promise<PreparedTarget> {
  const print = options.print ?? ((text: string) => console.log(text));
  const env = options.env ?? process.env;
  const runId = randomBytes(4).toString('hex');
  const base = { labId: options.labId, srcDir: options.srcDir, runId };
  if (options.kind === 'mock') {
    const settings: TargetSettings = {
      kind: 'mock',
      region: 'us-east-1',
      prefix: DEFAULT_PREFIX,
      ...base,
    };
    return { settings, env: settingsToEnv(settings), cleanup: async () => {} };
  }
  if (options.kind === 'local') return prepareLocal(options, base);

  const { region, prefix } = awsPlacement(options, env);
  const settings: TargetSettings = {
    kind: 'aws',
    region,
    prefix,
    endpoint: options.endpoint,
    roleArn: options.roleArn,
    ...base,
  };
  await assertCredentials(region, options.lang);
  print(awsPlan(settings, options.roleArn === undefined, options.lang));
  const iam = options.iam ?? new IAMClient({ region });
  let createdRole = false;
  const cleanup = once(async () => {
    const client = lambdaClientFor(settings);
    const deleted = await deleteRunFunctions(client, settings).catch((error: unknown) => {
      print(cleanupFailed(options.lang, 'Lambda', error, settings));
      return [] as string[];
    });
    if (deleted.length > 0) print(messagesFor(options.lang).deleted(deleted.join(', ')));
    if (createdRole) {
      await deleteExecutionRole(iam as IAMClient, settings).then(
        () => print(messagesFor(options.lang).deletedRole),
        (error: unknown) => print(cleanupFailed(options.lang, 'IAM', error, settings)),
      );
    }
  });
  const unhook = options.handleSignals === false ? () => {} : onInterrupt(cleanup);
  if (!settings.roleArn) {
    try {
      settings.roleArn = await createExecutionRole(iam as IAMClient, settings, () => {
        createdRole = true;
      });
    } catch (error) {
      await cleanup();
      unhook();
      throw roleCreationError(error, options.lang);
    }
  }
  return {
    settings,
    env: settingsToEnv(settings),
    cleanup: async () => {
      unhook();
      await cleanup();
    },
  };
}

async function prepareLocal(
  options: PrepareTargetOptions,
  base: { labId: string; srcDir: string; runId: string },
): Promise<PreparedTarget> {
  const service = options.endpoint ? undefined : await startLambdaLocal({ port: 0 });
  const settings: TargetSettings = {
    kind: 'local',
    region: options.region ?? 'us-east-1',
    prefix: options.prefix ?? DEFAULT_PREFIX,
    endpoint: options.endpoint ?? service?.endpoint,
    ...base,
  };
  const cleanup = once(async () => {
    if (service) await service.close();
    else await deleteRunFunctions(lambdaClientFor(settings), settings).catch(() => []);
  });
  const unhook = options.handleSignals === false ? () => {} : onInterrupt(cleanup);
  return {
    settings,
    env: settingsToEnv(settings),
    cleanup: async () => {
      unhook();
      await cleanup();
    },
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= fn();
    return running;
  };
}

/** On Ctrl-C (or SIGTERM), cleans up first, then exits with the signal's code. */
function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

function cleanupFailed(lang: Lang, what: string, error: unknown, settings: TargetSettings): string {
  const name = (error as { name?: string }).name ?? 'Error';
  return messagesFor(lang).cleanupFailed(`${what} (${name})`, `${RUN_TAG}=${settings.runId}`);
}
