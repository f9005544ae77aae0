import { InvokeCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decode,
  deploy,
  ROLE,
  rawRequest,
  SIGNED,
  startTestService,
  type TestService,
} from './helpers.ts';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.service.close());

const host = () => `127.0.0.1:${t.service.port}`;
const list = (headers: Record<string, string>) =>
  rawRequest(t.service.endpoint, '/2015-03-31/functions', {
    headers: { host: host(), ...headers },
  });

describe('requests a web page could send', () => {
  it('refuses a Host that is not the address it listens on (DNS rebinding)', async () => {
    const res = await list({ ...SIGNED, host: `attacker.example:${t.service.port}` });
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(res.json).toMatchObject({
      Message: expect.stringContaining(`Host attacker.example:${t.service.port}`),
    });
  });

  it('answers localhost as well as 127.0.0.1', async () => {
    expect((await list({ ...SIGNED, host: `localhost:${t.service.port}` })).status).toBe(200);
    expect((await list(SIGNED)).status).toBe(200);
  });

  it('refuses any request that carries an Origin or Sec-Fetch-Site header', async () => {
    const withOrigin = await list({ ...SIGNED, origin: 'http://127.0.0.1:8080' });
    expect(withOrigin.status).toBe(403);
    expect(withOrigin.json).toMatchObject({ Message: expect.stringContaining('web browsers') });
    expect((await list({ ...SIGNED, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses an unsigned request as AWS does', async () => {
    const res = await list({});
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    expect(res.json).toEqual({ message: 'Missing Authentication Token' });
  });

  it('refuses an Authorization header that is not a SigV4 signature for lambda', async () => {
    const res = await list({ authorization: 'Bearer abc' });
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
  });

  it('refuses a CreateFunction body that is not sent as application/json', async () => {
    const res = await rawRequest(t.service.endpoint, '/2015-03-31/functions', {
      method: 'POST',
      headers: { ...SIGNED, 'content-type': 'text/plain' },
      body: JSON.stringify({ FunctionName: 'x', Runtime: 'nodejs22.x', Role: ROLE }),
    });
    expect(res.status).toBe(415);
    expect(res.headers['x-amzn-errortype']).toBe('UnsupportedMediaTypeException');
  });

  it('answers a badly percent-encoded name with a 400 ValidationException', async () => {
    const res = await rawRequest(t.service.endpoint, '/2015-03-31/functions/%E0%A4%A', {
      headers: SIGNED,
    });
    expect(res.status).toBe(400);
    expect(res.headers['x-amzn-errortype']).toBe('ValidationException');
    expect(res.json).toEqual({
      message: expect.stringMatching(
        /^1 validation error detected: Value '%E0%A4%A' at 'functionName' failed to satisfy constraint/,
      ),
    });
  });

  it('refuses Runtime API requests addressed to another Host or carrying an Origin', async () => {
    await deploy(
      t.client,
      'probe',
      `import { request } from 'node:http';
      const [hostname, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
      const status = (headers) => new Promise((resolve) => {
        request({ hostname, port, path: '/2018-06-01/runtime/invocation/next', headers }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).end();
      });
      export const handler = async () => ({
        rebound: await status({ host: 'attacker.example:' + port }),
        fromPage: await status({ origin: 'http://attacker.example' }),
      });`,
    );
    const out = await t.client.send(new InvokeCommand({ FunctionName: 'probe' }));
    expect(decode(out.Payload)).toEqual({ rebound: 403, fromPage: 403 });
  });
});
