import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type LambdaLocal, startLambdaLocal } from '../../src/index.ts';

/**
 * The real clients the conformance suite drives: Debian's AWS CLI version 2
 * (`apt-get install awscli`) and boto3 (`apt-get install python3-boto3`).
 * LAMBDA_LOCAL_AWS_CLI and LAMBDA_LOCAL_PYTHON point at others. Version 1 of the
 * AWS CLI (pip's `awscli`, often first on PATH) lacks `--cli-binary-format` and
 * `aws logs tail`, so only a version 2 counts.
 */
export function findAwsCli(): string | undefined {
  const candidates = [process.env.LAMBDA_LOCAL_AWS_CLI, '/usr/bin/aws', 'aws'];
  return candidates.find((c): c is string => Boolean(c) && isAwsCliV2(c as string));
}

function isAwsCliV2(command: string): boolean {
  if (command.startsWith('/') && !existsSync(command)) return false;
  const run = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return run.status === 0 && /^aws-cli\/2\./.test(`${run.stdout}${run.stderr}`.trim());
}

export function findPythonWithBoto3(): string | undefined {
  const candidates = [process.env.LAMBDA_LOCAL_PYTHON, '/usr/bin/python3', 'python3'];
  return candidates.find(
    (c): c is string => Boolean(c) && works(c as string, ['-c', 'import boto3']),
  );
}

function works(command: string, args: string[]): boolean {
  if (command.startsWith('/') && !existsSync(command)) return false;
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/** Credentials and settings that keep a client away from AWS and the user's own profile. */
export function clientEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

export function versionOf(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' }).trim();
}

/**
 * Says that a real client is missing: a warning locally, where the suite then
 * skips; a failure in CI (CI=true), where .ci/run installs every client, so that
 * a broken install step cannot turn the suite into a silent skip.
 */
export function missingTool(message: string): void {
  if (process.env.CI === 'true') throw new Error(`${message} CI installs it in .ci/run.`);
  console.warn(`Skipping: ${message}`);
}

/**
 * Starts a lambda-local on a random port before the suite's tests and closes it
 * after them; the getter gives the running service.
 */
export function serviceForSuite(stateDelayMs: number): () => LambdaLocal {
  let service: LambdaLocal | undefined;
  beforeAll(async () => {
    service = await startLambdaLocal({ port: 0, stateDelayMs });
  });
  afterAll(() => service?.close());
  return () => {
    if (!service) throw new Error('The conformance service has not started.');
    return service;
  };
}

export interface ClientRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a real client to its end with the credentials of clientEnv(). */
export function runClient(command: string, args: string[], cwd?: string): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: clientEnv(), cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
