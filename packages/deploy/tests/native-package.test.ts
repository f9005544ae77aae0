import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import { type LambdaLocal, startLambdaLocal } from '@lambda-dojo/lambda-local';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployFunction } from '../src/deploy.ts';
import { lambdaClientFor } from '../src/lambda-client.ts';
import { buildNativePackage, hostArchitecture } from '../src/native-package.ts';

const entryFile = new URL('./fixtures/sharp/handler.ts', import.meta.url).pathname;
const cacheDir = mkdtempSync(join(tmpdir(), 'dojo-native-'));
const cpu = hostArchitecture() === 'arm64' ? 'arm64' : 'x64';
const other = cpu === 'arm64' ? 'x64' : 'arm64';
let service: LambdaLocal;

const buildHere = () =>
  buildNativePackage({
    entryFile,
    nativeModules: ['sharp'],
    architecture: hostArchitecture(),
    cacheDir,
    lang: 'en',
  });

beforeAll(async () => {
  service = await startLambdaLocal({ port: 0 });
});
afterAll(() => service.close());

// npm runs offline here: the course's lockfile pins the versions and `npm ci` put the host's
// tarballs in npm's cache, so no test reaches the registry.
process.env.npm_config_offline = 'true';

describe("buildNativePackage for this machine's architecture", () => {
  it('bundles the handler without sharp and installs sharp for linux on that CPU', async () => {
    const built = await buildHere();
    const paths = Object.keys(unzipSync(built.zip));
    expect(paths).toContain('index.mjs');
    expect(paths).toContain('node_modules/sharp/package.json');
    expect(
      paths.some((p) => new RegExp(`^node_modules/@img/sharp-linux-${cpu}/lib/.+\\.node$`).test(p)),
    ).toBe(true);
    expect(paths.some((p) => p.startsWith(`node_modules/@img/sharp-libvips-linux-${cpu}/`))).toBe(
      true,
    );
    expect(paths.some((p) => p.includes(`linux-${other}`) || p.includes('darwin'))).toBe(false);
    expect(built.modules).toContain(`@img/sharp-linux-${cpu}`);
    const index = Buffer.from(unzipSync(built.zip)['index.mjs'] ?? []).toString('utf8');
    expect(index).toMatch(/from "sharp"/);
    expect(built.zippedBytes).toBe(built.zip.byteLength);
    expect(built.unzippedBytes).toBeGreaterThan(built.zippedBytes);
    expect(built.built).toBe(true);

    const again = await buildHere();
    expect(again).toMatchObject({
      built: false,
      file: built.file,
      unzippedBytes: built.unzippedBytes,
    });
  }, 120_000);

  it('runs on lambda-local: sharp loads its native library in the function', async () => {
    const built = await buildHere();
    const settings = {
      kind: 'local' as const,
      endpoint: service.endpoint,
      region: 'us-east-1',
      prefix: 'dojo-test',
      runId: 'native',
    };
    const client = lambdaClientFor(settings);
    await deployFunction(client, settings, {
      functionName: 'dojo-test-sharp',
      zip: built.zip,
      handler: 'index.handler',
      roleArn: 'arn:aws:iam::123456789012:role/x',
      memorySize: 512,
      timeout: 30,
    });
    const out = await client.send(new InvokeCommand({ FunctionName: 'dojo-test-sharp' }));
    expect(out.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString('utf8'))).toEqual({
      width: 3,
      height: 2,
      format: 'png',
      platform: `linux-${cpu}`,
    });
  }, 120_000);

  it('says which file failed to bundle', async () => {
    await expect(
      buildNativePackage({
        entryFile: join(cacheDir, 'missing.ts'),
        nativeModules: ['sharp'],
        architecture: hostArchitecture(),
        cacheDir,
        lang: 'en',
      }),
    ).rejects.toThrow(/^Could not bundle .*missing\.ts/);
  });
});
