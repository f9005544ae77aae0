import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../src/zip.ts';
import { deploy, invokeWithLog, startTestService, type TestService } from './helpers.ts';

/** The bootstrap of AWS's "Tutorial: Building a custom runtime", unchanged. */
const TUTORIAL_BOOTSTRAP = `#!/bin/sh
set -euo pipefail

# Initialization - load function handler
source $LAMBDA_TASK_ROOT/"$(echo $_HANDLER | cut -d. -f1).sh"

# Processing
while true
do
  HEADERS="$(mktemp)"
  # Get an event. The HTTP request will block until one is received
  EVENT_DATA=$(curl -sS -LD "$HEADERS" "http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next")

  # Extract request ID by scraping response headers received above
  REQUEST_ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)

  # Run the handler function from the script
  RESPONSE=$($(echo "$_HANDLER" | cut -d. -f2) "$EVENT_DATA")

  # Send the response
  curl "http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$REQUEST_ID/response"  -d "$RESPONSE"
done
`;

/** The tutorial's function.sh, echoing the event so the test sees it arrive. */
const FUNCTION_SH = `function handler () {
  EVENT_DATA=$1
  echo "$EVENT_DATA" 1>&2;
  RESPONSE="{\\"statusCode\\": 200, \\"body\\": \\"Hello from Lambda!\\", \\"pid\\": $$}"

  echo $RESPONSE
}
`;

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.service.close());

function customZip(bootstrap: string, mode = 0o755, extra: Record<string, string> = {}) {
  return writeZip([
    { path: 'bootstrap', data: Buffer.from(bootstrap), mode },
    ...Object.entries(extra).map(([path, text]) => ({ path, data: Buffer.from(text) })),
  ]);
}

const invoke = (name: string, payload: unknown = {}) => invokeWithLog(t.client, name, payload);

describe('custom runtimes (provided.al2023, provided.al2)', () => {
  it('runs the tutorial bash bootstrap with curl unchanged, warm on the second call', async () => {
    await deploy(t.client, 'bash-tutorial', '', {
      Runtime: 'provided.al2023',
      Handler: 'function.handler',
      Code: { ZipFile: customZip(TUTORIAL_BOOTSTRAP, 0o755, { 'function.sh': FUNCTION_SH }) },
    });
    const first = await invoke('bash-tutorial', { text: 'annyeong' });
    expect(first.out.FunctionError).toBeUndefined();
    expect(first.payload).toMatchObject({ statusCode: 200, body: 'Hello from Lambda!' });
    expect(first.log).toContain('{"text":"annyeong"}');
    expect(first.log).toMatch(/Init Duration/);
    const second = await invoke('bash-tutorial');
    expect(second.payload.pid).toBe(first.payload.pid);
    expect(second.log).not.toMatch(/Init Duration/);
  });

  it('runs a bootstrap on provided.al2 that reports an error through /error', async () => {
    const bootstrap = `#!/bin/bash
while true; do
  HEADERS="$(mktemp)"
  curl -sS -LD "$HEADERS" "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/next" > /dev/null
  ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)
  curl -sS -X POST -H 'Lambda-Runtime-Function-Error-Type: Custom.Nope' \\
    "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation/$ID/error" \\
    -d '{"errorMessage":"nope","errorType":"Custom.Nope"}' > /dev/null
done
`;
    await deploy(t.client, 'bash-error', '', {
      Runtime: 'provided.al2',
      Handler: 'any.thing',
      Code: { ZipFile: customZip(bootstrap) },
    });
    const out = await invoke('bash-error');
    expect(out.out.FunctionError).toBe('Unhandled');
    expect(out.payload).toEqual({ errorMessage: 'nope', errorType: 'Custom.Nope' });
  });

  it('gives the invocation the error a bootstrap posts to /init/error', async () => {
    const bootstrap = `#!/bin/bash
curl -sS -X POST "http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/init/error" \\
  -H 'Lambda-Runtime-Function-Error-Type: Runtime.NoConfig' \\
  -d '{"errorMessage":"no config","errorType":"Runtime.NoConfig"}' > /dev/null
exit 1
`;
    await deploy(t.client, 'bash-init-error', '', {
      Runtime: 'provided.al2023',
      Handler: 'x.y',
      Code: { ZipFile: customZip(bootstrap) },
    });
    const out = await invoke('bash-init-error');
    expect(out.out.FunctionError).toBe('Unhandled');
    expect(out.payload).toEqual({ errorMessage: 'no config', errorType: 'Runtime.NoConfig' });
  });

  it('fails with Runtime.ExitError when a bootstrap exits during init', async () => {
    await deploy(t.client, 'bash-exit', '', {
      Runtime: 'provided.al2023',
      Handler: 'x.y',
      Code: { ZipFile: customZip('#!/bin/bash\necho starting\nexit 3\n') },
    });
    const out = await invoke('bash-exit');
    expect(out.payload).toMatchObject({
      errorType: 'Runtime.ExitError',
      errorMessage: expect.stringContaining('Runtime exited with error: exit status 3'),
    });
    expect(out.log).toContain('starting');
  });

  it('reports a missing or non-executable bootstrap as Runtime.InvalidEntrypoint', async () => {
    await deploy(t.client, 'no-bootstrap', '', {
      Runtime: 'provided.al2023',
      Handler: 'x.y',
      Code: { ZipFile: writeZip([{ path: 'main.sh', data: Buffer.from('echo') }]) },
    });
    const missing = await invoke('no-bootstrap');
    expect(missing.payload).toMatchObject({
      errorType: 'Runtime.InvalidEntrypoint',
      errorMessage: expect.stringContaining("Couldn't find valid bootstrap(s)"),
    });
    await deploy(t.client, 'not-executable', '', {
      Runtime: 'provided.al2023',
      Handler: 'x.y',
      Code: { ZipFile: customZip('#!/bin/bash\n', 0o644) },
    });
    const denied = await invoke('not-executable');
    expect(denied.payload).toMatchObject({
      errorType: 'Runtime.InvalidEntrypoint',
      errorMessage: expect.stringContaining('permission denied'),
    });
  });
});
