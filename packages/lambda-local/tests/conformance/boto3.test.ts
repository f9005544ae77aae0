import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPythonWithBoto3, missingTool, runClient, serviceForSuite } from './tools.ts';

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
  'cloudwatch-logs',
  'delete',
];

describe.skipIf(!PYTHON)('boto3 against lambda-local', () => {
  const service = serviceForSuite(1_500);

  it('passes every check of the boto3 suite', async () => {
    const { code, stdout, stderr } = await runClient(PYTHON as string, [SUITE, service().endpoint]);
    const passed = stdout
      .split('\n')
      .filter((line) => line.startsWith('ok '))
      .map((line) => line.slice(3));
    expect(passed, stderr).toEqual(CHECKS);
    expect(code, stderr).toBe(0);
  }, 120_000);
});
