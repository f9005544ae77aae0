import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip, type ZipEntry } from '../../src/zip.ts';
import { decode, decodeLog, deploy, startTestService, type TestService } from '../helpers.ts';
import { missingTool } from './tools.ts';

/**
 * AWS's Node.js runtime interface client (npm `aws-lambda-ric`) as a custom
 * runtime's bootstrap. It builds native code (curl and aws-lambda-cpp), so it
 * is not a dependency: tests/conformance/build-ric.sh builds it offline into
 * LAMBDA_LOCAL_RIC_DIR, and LAMBDA_LOCAL_RIC_NODE names the Node.js (22 or
 * later, as the RIC requires) that runs it.
 */
const RIC_DIR =
  process.env.LAMBDA_LOCAL_RIC_DIR ??
  fileURLToPath(new URL('../../../../node_modules/.cache/lambda-local-ric', import.meta.url));
const RIC_NODE = process.env.LAMBDA_LOCAL_RIC_NODE ?? join(RIC_DIR, 'node/bin/node');
const RIC = join(RIC_DIR, 'node_modules/aws-lambda-ric');
const ready = existsSync(join(RIC, 'rapid-client.node')) && existsSync(RIC_NODE);
if (!ready) {
  missingTool(
    `The aws-lambda-ric tests: no built RIC in ${RIC_DIR} or no Node.js 22+ at ${RIC_NODE} (run tests/conformance/build-ric.sh, or set LAMBDA_LOCAL_RIC_DIR and LAMBDA_LOCAL_RIC_NODE).`,
  );
}

/** The files of a folder as zip entries under `prefix`, keeping executable bits. */
function filesOf(root: string, prefix: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else
        out.push({
          path: `${prefix}/${relative(root, path)}`,
          data: readFileSync(path),
          mode: stat.mode & 0o777,
        });
    }
  };
  walk(root);
  return out;
}

const BOOTSTRAP = `#!/bin/sh
cd "$LAMBDA_TASK_ROOT"
exec "$RIC_NODE" node_modules/aws-lambda-ric/index.mjs
`;

let t: TestService;

describe.skipIf(!ready)('the official Node.js runtime interface client as a bootstrap', () => {
  beforeAll(async () => {
    t = await startTestService();
    const zip = writeZip(
      [
        { path: 'bootstrap', data: Buffer.from(BOOTSTRAP), mode: 0o755 },
        {
          path: 'index.mjs',
          data: Buffer.from(`export const handler = async (event, context) => {
  console.log('from the RIC', context.awsRequestId);
  if (event.fail) throw new SyntaxError('bad input');
  return { echo: event, remaining: context.getRemainingTimeInMillis() > 0 };
};`),
        },
        ...filesOf(join(RIC_DIR, 'node_modules/aws-lambda-ric'), 'node_modules/aws-lambda-ric'),
        ...filesOf(join(RIC_DIR, 'node_modules/@aws'), 'node_modules/@aws'),
      ].filter((entry) => !entry.path.includes('/deps/')),
      { level: 1 },
    );
    await deploy(t.client, 'ric', '', {
      Runtime: 'provided.al2023',
      Code: { ZipFile: zip },
      MemorySize: 256,
      Environment: { Variables: { RIC_NODE } },
    });
  }, 60_000);
  afterAll(() => t?.service.close());

  it('answers invocations through the Runtime API, warm the second time', async () => {
    const out = await t.client.send(
      new InvokeCommand({
        FunctionName: 'ric',
        Payload: JSON.stringify({ a: 1 }),
        LogType: 'Tail',
      }),
    );
    expect(out.FunctionError).toBeUndefined();
    expect(decode(out.Payload)).toEqual({ echo: { a: 1 }, remaining: true });
    expect(decodeLog(out.LogResult)).toContain('from the RIC');
    const warm = await t.client.send(new InvokeCommand({ FunctionName: 'ric', LogType: 'Tail' }));
    expect(decodeLog(warm.LogResult)).not.toContain('Init Duration');
  }, 30_000);

  it('reports a handler error as the RIC posts it', async () => {
    const out = await t.client.send(
      new InvokeCommand({ FunctionName: 'ric', Payload: JSON.stringify({ fail: true }) }),
    );
    expect(out.FunctionError).toBe('Unhandled');
    expect(decode(out.Payload)).toMatchObject({
      errorType: 'SyntaxError',
      errorMessage: 'bad input',
    });
  }, 30_000);
});
