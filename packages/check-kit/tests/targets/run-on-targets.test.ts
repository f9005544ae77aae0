import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareTarget, type TargetKind } from '@lambda-dojo/deploy';
import { type LambdaLocal, startLambdaLocal } from '@lambda-dojo/lambda-local';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const srcDir = fileURLToPath(new URL('./fixtures', import.meta.url));
const runner = fileURLToPath(new URL('./fixtures/run-sample-check.ts', import.meta.url));
let service: LambdaLocal;

beforeAll(async () => {
  service = await startLambdaLocal({ port: 0 });
  // The aws target checks for credentials first; these only ever reach lambda-local.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'test-only');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-only');
});
afterAll(() => service.close());

/** Runs the sample check file in a fresh process with the target's env vars, as the grader does. */
function runCheckProcess(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', runner], {
      env: {
        ...process.env,
        ...env,
        AWS_ACCESS_KEY_ID: 'test-only',
        AWS_SECRET_ACCESS_KEY: 'test-only',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the same check file on every target', () => {
  it.each(['mock', 'local', 'aws'] as TargetKind[])(
    'passes on %s',
    async (kind) => {
      const target = await prepareTarget({
        kind,
        lang: 'en',
        labId: 'lab-0',
        srcDir,
        region: 'us-east-1',
        // The aws code path meets lambda-local here, never AWS.
        endpoint: kind === 'aws' ? service.endpoint : undefined,
        roleArn: kind === 'aws' ? 'arn:aws:iam::123456789012:role/dojo-test-exec' : undefined,
        print: () => {},
        handleSignals: false,
      });
      try {
        const { code, output } = await runCheckProcess(target.env);
        expect(output).toContain(`target=${kind}`);
        expect(code).toBe(0);
      } finally {
        await target.cleanup();
      }
    },
    60_000,
  );
});
