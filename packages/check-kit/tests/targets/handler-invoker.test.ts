import { fileURLToPath } from 'node:url';
import { type LambdaLocal, startLambdaLocal } from '@lambda-dojo/lambda-local';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handlerInvoker, type TargetSettings } from '../../src/index.ts';
import { handler } from './fixtures/handler.ts';

const srcDir = fileURLToPath(new URL('./fixtures', import.meta.url));
let service: LambdaLocal;

beforeAll(async () => {
  service = await startLambdaLocal({ port: 0 });
});
afterAll(() => service.close());

function settingsFor(kind: TargetSettings['kind']): TargetSettings {
  return {
    kind,
    region: 'us-east-1',
    prefix: 'dojo-test',
    labId: 'lab-0',
    runId: `run-${kind}`,
    srcDir,
    endpoint: kind === 'mock' ? undefined : service.endpoint,
    // lambda-local accepts any role; on AWS the grader creates or takes one.
    roleArn: kind === 'aws' ? 'arn:aws:iam::123456789012:role/dojo-test-exec' : undefined,
  };
}

describe.each(['mock', 'local', 'aws'] as const)('handlerInvoker on the %s target', (kind) => {
  let invoke: Awaited<ReturnType<typeof handlerInvoker>>;

  beforeAll(async () => {
    // The aws path uses the default credential chain; here it meets lambda-local, never AWS.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test-only');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-only');
    invoke = await handlerInvoker({ entry: 'handler.ts', handler, settings: settingsFor(kind) });
  }, 30_000);

  it('returns the handler result', async () => {
    const out = await invoke({ name: 'Dojo' });
    expect(out.error).toBeUndefined();
    expect(out.result).toEqual({ statusCode: 200, body: JSON.stringify('Hello, Dojo!') });
  });

  it('captures what the handler logs', async () => {
    const out = await invoke({ name: 'log me' });
    expect(out.output).toContain('{"name":"log me"}');
  });

  it('reports a thrown error as a function error', async () => {
    const out = await invoke({ name: 'x', fail: true });
    expect(out.result).toBeUndefined();
    expect(out.error).toMatchObject({ errorType: 'RangeError', errorMessage: 'no greeting for x' });
  });

  it('names the deployed function after the prefix and lab', () => {
    if (kind === 'mock') expect(invoke.functionName).toBeUndefined();
    else expect(invoke.functionName).toBe('dojo-test-lab-0-handler');
  });
});

describe('handlerInvoker', () => {
  it('turns an undefined result into null on every target', async () => {
    for (const kind of ['mock', 'local'] as const) {
      const invoke = await handlerInvoker({
        entry: 'handler.ts',
        export: 'silent',
        name: 'silent',
        settings: settingsFor(kind),
      });
      expect((await invoke()).result).toBeNull();
    }
  }, 30_000);

  it('updates an existing function with the new code', async () => {
    const settings = settingsFor('local');
    await handlerInvoker({ entry: 'handler.ts', export: 'silent', name: 'twice', settings });
    const again = await handlerInvoker({ entry: 'handler.ts', name: 'twice', settings });
    expect((await again({ name: 'again' })).result).toMatchObject({ statusCode: 200 });
  }, 30_000);
});
