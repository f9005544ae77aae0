import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { lambdaClientFor, prepareTarget, settingsFromEnv, TargetError } from '@lambda-dojo/deploy';
import { type LambdaLocal, startLambdaLocal } from '@lambda-dojo/lambda-local';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handlerInvoker } from '../../src/index.ts';

const srcDir = fileURLToPath(new URL('./fixtures', import.meta.url));
const ROLE = 'arn:aws:iam::123456789012:role/dojo-test-exec';
let service: LambdaLocal;

beforeAll(async () => {
  service = await startLambdaLocal({ port: 0 });
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'test-only');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-only');
});
afterAll(() => service.close());

/** Records IAM calls instead of making them. */
function fakeIam(events: string[]) {
  return {
    send: async (command: { constructor: { name: string }; input: { RoleName?: string } }) => {
      events.push(`${command.constructor.name} ${command.input.RoleName}`);
      return { Role: { Arn: `arn:aws:iam::123456789012:role/${command.input.RoleName}` } };
    },
  } as never;
}

async function functionNames(endpoint: string): Promise<string[]> {
  const client = lambdaClientFor({
    kind: 'local',
    endpoint,
    region: 'us-east-1',
    prefix: 'x',
    runId: 'x',
  });
  const out = await client.send(new ListFunctionsCommand({}));
  return (out.Functions ?? []).map((f) => f.FunctionName ?? '');
}

describe('prepareTarget for aws', () => {
  it('refuses to start without a region and says how to give one', async () => {
    await expect(
      prepareTarget({
        kind: 'aws',
        lang: 'en',
        labId: 'lab-1',
        srcDir,
        env: {},
        handleSignals: false,
      }),
    ).rejects.toThrow(
      new TargetError(
        '--target aws needs a region, e.g. npm run grade lab-1 -- --target aws --region ap-northeast-2',
      ),
    );
  });

  it('refuses a prefix that cannot name AWS resources', async () => {
    await expect(
      prepareTarget({
        kind: 'aws',
        lang: 'en',
        labId: 'lab-1',
        srcDir,
        region: 'us-east-1',
        prefix: 'Bad_Prefix',
        env: {},
        handleSignals: false,
      }),
    ).rejects.toThrow(TargetError);
  });

  it('prints the plan before it creates the role, then tags and cleans up what it made', async () => {
    const events: string[] = [];
    const target = await prepareTarget({
      kind: 'aws',
      lang: 'en',
      labId: 'lab-1',
      srcDir,
      region: 'us-east-1',
      prefix: 'dojo-aws',
      endpoint: service.endpoint,
      print: (text) => events.push(`print ${text.split('\n')[0]}`),
      iam: fakeIam(events),
      handleSignals: false,
    });
    expect(events[0]).toMatch(/^print \[plan\] In your own AWS account, region us-east-1/);
    expect(events[1]).toMatch(/^CreateRoleCommand dojo-aws-exec-[0-9a-f]{8}$/);
    const settings = settingsFromEnv(target.env);
    expect(settings).toMatchObject({
      kind: 'aws',
      region: 'us-east-1',
      prefix: 'dojo-aws',
      labId: 'lab-1',
    });
    expect(settings.roleArn).toMatch(/role\/dojo-aws-exec-/);

    const invoke = await handlerInvoker({ entry: 'handler.ts', settings });
    expect((await invoke({ name: 'AWS' })).result).toMatchObject({ statusCode: 200 });
    const other = await handlerInvoker({
      entry: 'handler.ts',
      name: 'other-run',
      settings: { ...settings, runId: 'someone-else' },
    });
    expect(await functionNames(service.endpoint)).toEqual(
      expect.arrayContaining(['dojo-aws-lab-1-handler', 'dojo-aws-lab-1-other-run']),
    );

    await target.cleanup();
    const left = await functionNames(service.endpoint);
    expect(left).not.toContain('dojo-aws-lab-1-handler');
    expect(left).toContain(other.functionName);
    const iamCalls = events.filter((e) => e.endsWith('Command') || e.includes('Command '));
    expect(iamCalls.map((e) => e.split(' ')[0])).toEqual([
      'CreateRoleCommand',
      'AttachRolePolicyCommand',
      'DetachRolePolicyCommand',
      'DeleteRoleCommand',
    ]);
  }, 30_000);

  it('uses a role given with --role-arn and creates none', async () => {
    const events: string[] = [];
    const target = await prepareTarget({
      kind: 'aws',
      lang: 'ko',
      labId: 'lab-1',
      srcDir,
      region: 'ap-northeast-2',
      roleArn: ROLE,
      endpoint: service.endpoint,
      print: (text) => events.push(text),
      iam: fakeIam(events),
      handleSignals: false,
    });
    await target.cleanup();
    expect(events[0]).toContain('--role-arn으로 받은');
    expect(events.some((e) => e.startsWith('CreateRoleCommand'))).toBe(false);
  });

  it('never prints credentials in the plan', async () => {
    const printed: string[] = [];
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'super-secret-value');
    const target = await prepareTarget({
      kind: 'aws',
      lang: 'en',
      labId: 'lab-1',
      srcDir,
      region: 'us-east-1',
      roleArn: ROLE,
      endpoint: service.endpoint,
      print: (t) => printed.push(t),
      handleSignals: false,
    });
    await target.cleanup();
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-only');
    expect(printed.join('\n')).not.toMatch(/super-secret-value|test-only/);
  });
});

describe('prepareTarget for local', () => {
  it('starts lambda-local on a free port and stops it on cleanup', async () => {
    const target = await prepareTarget({
      kind: 'local',
      lang: 'en',
      labId: 'lab-1',
      srcDir,
      handleSignals: false,
    });
    const endpoint = target.env.LAMBDA_DOJO_ENDPOINT ?? '';
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await functionNames(endpoint)).toEqual([]);
    await target.cleanup();
    await expect(fetch(`${endpoint}/2015-03-31/functions/`)).rejects.toThrow();
  });

  it('gives the mock target nothing to start', async () => {
    const target = await prepareTarget({ kind: 'mock', lang: 'en', labId: 'lab-1', srcDir });
    expect(target.env.LAMBDA_DOJO_TARGET).toBe('mock');
    expect(target.env.LAMBDA_DOJO_SRC_DIR).toBe(srcDir);
  });
});

describe('Ctrl-C during an aws run', () => {
  it('deletes the run functions before the grader exits', async () => {
    const script = fileURLToPath(new URL('./fixtures/interrupted-run.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: {
        ...process.env,
        LAMBDA_LOCAL_ENDPOINT: service.endpoint,
        AWS_ACCESS_KEY_ID: 'test-only',
        AWS_SECRET_ACCESS_KEY: 'test-only',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let interrupted = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!interrupted && stdout.includes('DEPLOYED')) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stdout).toContain('Cleanup: deleted dojo-sigint-lab-9-handler.');
    expect(code).toBe(130);
    expect(await functionNames(service.endpoint)).not.toContain('dojo-sigint-lab-9-handler');
  }, 30_000);
});

describe('prepareTarget for aws without access', () => {
  it('explains missing credentials before printing or creating anything', async () => {
    const printed: string[] = [];
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_PROFILE', 'lambda-dojo-no-such-profile');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    try {
      await expect(
        prepareTarget({
          kind: 'aws',
          lang: 'ko',
          labId: 'lab-1',
          srcDir,
          region: 'us-east-1',
          print: (t) => printed.push(t),
          iam: fakeIam(printed),
          handleSignals: false,
        }),
      ).rejects.toThrow('AWS 자격 증명을 찾지 못했어요.');
      expect(printed).toEqual([]);
    } finally {
      vi.stubEnv('AWS_ACCESS_KEY_ID', 'test-only');
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-only');
      vi.stubEnv('AWS_PROFILE', undefined as unknown as string);
    }
  });

  it('suggests --role-arn when the role cannot be created, and leaves nothing behind', async () => {
    const events: string[] = [];
    const deniedIam = {
      send: async (command: { constructor: { name: string } }) => {
        events.push(command.constructor.name);
        throw Object.assign(new Error('not authorized to perform iam:CreateRole'), {
          name: 'AccessDenied',
        });
      },
    } as never;
    await expect(
      prepareTarget({
        kind: 'aws',
        lang: 'en',
        labId: 'lab-1',
        srcDir,
        region: 'us-east-1',
        endpoint: service.endpoint,
        print: () => {},
        iam: deniedIam,
        handleSignals: false,
      }),
    ).rejects.toThrow('Could not create the execution role (AccessDenied).');
    expect(events).toEqual(['CreateRoleCommand']);
  });
});
