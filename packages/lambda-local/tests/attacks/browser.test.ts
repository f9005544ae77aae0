import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTool } from '../conformance/tools.ts';
import { ROLE, startTestService, type TestService, zipOf } from '../helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  missingTool(
    `The browser attack tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}

let t: TestService;
let scratch: string;
let marker: string;
let attacker: Server;
let attackerOrigin: string;
let context: BrowserContext;

/** A page script that creates a function writing `marker`, then invokes it. */
function attackScript(endpoint: string, extra: { mode: string; headers: Record<string, string> }) {
  const source = `import { writeFileSync } from 'node:fs';
export const handler = async () => { writeFileSync(${JSON.stringify(marker)}, 'pwned'); return 'pwned'; };`;
  const create = {
    FunctionName: 'pwned',
    Runtime: 'nodejs22.x',
    Role: ROLE,
    Handler: 'index.handler',
    Code: { ZipFile: Buffer.from(zipOf(source)).toString('base64') },
  };
  return `
    const results = [];
    const call = async (path, init) => {
      try {
        const res = await fetch(${JSON.stringify(endpoint)} + path, { mode: ${JSON.stringify(extra.mode)}, headers: ${JSON.stringify(extra.headers)}, ...init });
        results.push(res.type === 'opaque' ? 'opaque' : res.status + ' ' + (await res.text()));
      } catch (error) {
        results.push('error ' + error.message);
      }
    };
    await call('/2015-03-31/functions', { method: 'POST', body: ${JSON.stringify(JSON.stringify(create))} });
    await new Promise((r) => setTimeout(r, 300));
    await call('/2015-03-31/functions/pwned/invocations', { method: 'POST', body: '{}' });
    await call('/2015-03-31/functions', { method: 'GET' });
    return results;`;
}

async function functionNames(): Promise<string[]> {
  const out = await t.client.send(new ListFunctionsCommand({}));
  return (out.Functions ?? []).map((f) => f.FunctionName ?? '');
}

describe.skipIf(!hasChromium)('a web page the learner visits', () => {
  beforeAll(async () => {
    t = await startTestService();
    scratch = mkdtempSync(join(tmpdir(), 'lambda-local-browser-'));
    marker = join(scratch, 'pwned.txt');
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>cats</title>');
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // DNS rebinding: the attacker's name now resolves to the learner's machine.
        '--host-resolver-rules=MAP rebind.test 127.0.0.1',
        // Browsers without Local Network Access checks (Firefox, Safari, older Chromium) let
        // such requests through; lambda-local must refuse them itself.
        '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await t?.service.close();
    attacker?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('cannot create or invoke a function with no-cors requests from another origin', async () => {
    const page = await context.newPage();
    await page.goto(`${attackerOrigin}/`);
    const results = await page.evaluate(
      `(async () => { ${attackScript(t.service.endpoint, { mode: 'no-cors', headers: { 'content-type': 'text/plain' } })} })()`,
    );
    expect(results).toEqual(['opaque', 'opaque', 'opaque']);
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(marker)).toBe(false);
    expect(await functionNames()).toEqual([]);
    await page.close();
  }, 30_000);

  it('refuses a rebound page that signs its requests like the SDK', async () => {
    const port = t.service.port;
    const page = await context.newPage();
    // The page's own origin is rebind.test:<lambda-local's port>, so its fetches are same-origin.
    await page.route(`http://rebind.test:${port}/`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>x</title>',
      }),
    );
    await page.goto(`http://rebind.test:${port}/`);
    const results = (await page.evaluate(
      `(async () => { ${attackScript(`http://rebind.test:${port}`, {
        mode: 'same-origin',
        headers: {
          'content-type': 'application/json',
          authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
          'x-amz-date': '20260101T000000Z',
        },
      })} })()`,
    )) as string[];
    expect(results).toHaveLength(3);
    for (const result of results) expect(result).toMatch(/^403 .*lambda-local answers only/);
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(marker)).toBe(false);
    expect(await functionNames()).toEqual([]);
    await page.close();
  }, 30_000);
});
