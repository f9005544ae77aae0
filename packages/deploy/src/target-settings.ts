import type { Lang } from '@lambda-dojo/lang';
import { TargetError } from './errors.ts';
import { messagesFor } from './messages.ts';

export type TargetKind = 'mock' | 'local' | 'aws';

export const TARGET_KINDS: readonly TargetKind[] = ['mock', 'local', 'aws'];

/** Names every course resource starts with unless `--prefix` says otherwise. */
export const DEFAULT_PREFIX = 'lambda-dojo';

/** Tag keys on every resource the grader creates. */
export const COURSE_TAG = 'lambda-dojo:course';
export const RUN_TAG = 'lambda-dojo:run';

/** How the checks of one grading run reach Lambda. Travels to the check processes as env vars. */
export interface TargetSettings {
  kind: TargetKind;
  /** Lambda API endpoint: lambda-local's URL, or an override for `aws` (tests). */
  endpoint?: string;
  region: string;
  prefix: string;
  /** Execution role for created functions. */
  roleArn?: string;
  /** Tags every resource of this run, so cleanup finds exactly them. */
  runId: string;
  /** The folder holding the code under test (the lab's or solution's `src/`). */
  srcDir?: string;
  /** Lab id, part of function names. */
  labId?: string;
  /** A function the grader deployed before the checks (a lab with its own package); checks invoke it. */
  functionName?: string;
  /** The HTTP API URL of the stack the grader deployed (aws). */
  apiUrl?: string;
}

const ENV = {
  kind: 'LAMBDA_DOJO_TARGET',
  endpoint: 'LAMBDA_DOJO_ENDPOINT',
  region: 'LAMBDA_DOJO_REGION',
  prefix: 'LAMBDA_DOJO_PREFIX',
  roleArn: 'LAMBDA_DOJO_ROLE_ARN',
  runId: 'LAMBDA_DOJO_RUN_ID',
  srcDir: 'LAMBDA_DOJO_SRC_DIR',
  labId: 'LAMBDA_DOJO_LAB',
  functionName: 'LAMBDA_DOJO_FUNCTION',
  apiUrl: 'LAMBDA_DOJO_API_URL',
} as const satisfies Record<keyof TargetSettings, string>;

/** The env vars that carry the settings to the check processes. */
export function settingsToEnv(settings: TargetSettings): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, name] of Object.entries(ENV) as [keyof TargetSettings, string][]) {
    const value = settings[key];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Reads the settings in a check process; without `LAMBDA_DOJO_TARGET` the target is `mock`. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): TargetSettings {
  const kind = parseTargetKind(env[ENV.kind] ?? 'mock', 'en');
  return {
    kind,
    endpoint: env[ENV.endpoint] || undefined,
    region: env[ENV.region] || 'us-east-1',
    prefix: env[ENV.prefix] || DEFAULT_PREFIX,
    roleArn: env[ENV.roleArn] || undefined,
    runId: env[ENV.runId] || 'adhoc',
    srcDir: env[ENV.srcDir] || undefined,
    labId: env[ENV.labId] || undefined,
    functionName: env[ENV.functionName] || undefined,
    apiUrl: env[ENV.apiUrl] || undefined,
  };
}

export function parseTargetKind(raw: string, lang: Lang): TargetKind {
  if ((TARGET_KINDS as readonly string[]).includes(raw)) return raw as TargetKind;
  throw new TargetError(messagesFor(lang).badTarget(raw));
}

/** A function name for this run: `<prefix>-<lab>-<name>`, within Lambda's 64 characters. */
export function functionNameFor(settings: TargetSettings, name: string): string {
  const parts = [settings.prefix, settings.labId, name].filter(Boolean).join('-');
  return parts.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 64);
}

const PREFIX = /^[a-z][a-z0-9-]{1,29}$/;

/** Where an aws run deploys: the region (flag, then AWS_REGION, AWS_DEFAULT_REGION) and a valid prefix. */
export function awsPlacement(
  options: { region?: string; prefix?: string; labId: string; lang: Lang },
  env: NodeJS.ProcessEnv,
): { region: string; prefix: string } {
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new TargetError(messagesFor(options.lang).noRegion(options.labId));
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if (!PREFIX.test(prefix)) throw new TargetError(messagesFor(options.lang).badPrefix(prefix));
  return { region, prefix };
}
