import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LambdaLocal, startLambdaLocal } from '../../src/index.ts';
import { clientEnv, findPythonWithBoto3, missingTool } from './tools.ts';

const PYTHON = findPythonWithBoto3();
if (!PYTHON) {
  missingTool(
    'The boto3 conformance tests: no python3 with boto3 (apt-get install python3-boto3, or set LAMBDA_LOCAL_PYTHON).',
  );
}
const SUITE = fileURLToPath(new URL('./boto3_suite.py', import.meta.url));

/** The checks boto3_suite.py prints, in order; each is a behaviour of AWS boto3 code relies on. */
const CHECKS = [
  'create-pending',
  'invoke-while-pending-conflicts',
  'waiter-active',
  'invoke-tail',
  'function-error',
  'event-and-dry-run',
  'resource-not-found-class',
  'validation-exception',
  'missing-layer-refused',
  'versions-and-update-waiter',
  'list-paginator-all-versions',
  'code-location',
  'account-settings',
  'delete',
];

let service: LambdaLocal;

describe.skipIf(!PYTHON)('boto3 against lambda-local', () => {
  beforeAll(async () => {
    service = await startLambdaLocal({ port: 0, stateDelayMs: 400 });
  });
  afterAll(() => service?.close());

  it('passes every check of the boto3 suite', async () => {
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(PYTHON as string, [SUITE, service.endpoint], { env: clientEnv() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stdout, stderr }));
    });
    const passed = stdout
      .split('\n')
      .filter((line) => line.startsWith('ok '))
      .map((line) => line.slice(3));
    expect(passed, stderr).toEqual(CHECKS);
    expect(code, stderr).toBe(0);
  }, 120_000);
});
