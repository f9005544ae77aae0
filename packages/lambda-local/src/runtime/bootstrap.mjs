// lambda-local's Node.js runtime: one execution environment.
// It loads the function's handler, then loops on the public Lambda Runtime API
// at AWS_LAMBDA_RUNTIME_API (GET /next, POST /response or /error) like the
// runtime on AWS does, with only the documented headers. Callback-style
// handlers run on nodejs22.x and earlier; nodejs24.x refuses them at init.
//
// Started without AWS_LAMBDA_RUNTIME_API, it is a spare: Node.js booted and this
// file loaded, no function code. It says so on fd 3, then waits on stdin for one
// line of JSON, `{ env, cwd }`, the environment it becomes (see spare-runtimes.ts).
import { closeSync, existsSync, writeSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

if (process.env.AWS_LAMBDA_RUNTIME_API === undefined) await becomeEnvironment();
const [host, port] = (process.env.AWS_LAMBDA_RUNTIME_API ?? '').split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const base = '/2018-06-01/runtime';

let currentRequestId;
patchConsole();

process.on('uncaughtException', (error) => failAndExit(error, 'Runtime.UncaughtException'));
process.on('unhandledRejection', (reason) => {
  const error = reason instanceof Error ? reason : new Error(String(reason));
  failAndExit(error, 'Runtime.UnhandledPromiseRejection');
});

const handler = await loadHandler();
for (;;) {
  const next = await request('GET', `${base}/invocation/next`);
  await invoke(next);
}

async function invoke(next) {
  const headers = next.headers;
  const requestId = headers['lambda-runtime-aws-request-id'];
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  currentRequestId = requestId;
  if (headers['lambda-runtime-trace-id'])
    process.env._X_AMZN_TRACE_ID = headers['lambda-runtime-trace-id'];
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: requestId,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: parseHeader(headers['lambda-runtime-client-context']),
    identity: parseHeader(headers['lambda-runtime-cognito-identity']),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  let result;
  try {
    const event = JSON.parse(next.body.length > 0 ? next.body : '{}');
    result = await callHandler(event, context);
  } catch (error) {
    await postError(`${base}/invocation/${requestId}/error`, error);
    return;
  }
  let payload;
  try {
    payload = result === undefined ? 'null' : JSON.stringify(result);
  } catch (error) {
    await postError(`${base}/invocation/${requestId}/error`, error);
    return;
  }
  await logsFlushed();
  await request('POST', `${base}/invocation/${requestId}/response`, payload);
  currentRequestId = undefined;
}

async function becomeEnvironment() {
  writeSync(3, 'ready\n');
  closeSync(3);
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  const { env, cwd } = JSON.parse(text);
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env);
  process.chdir(cwd);
}

async function loadHandler() {
  const spec = process.env._HANDLER ?? '';
  const root = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
  const slash = spec.lastIndexOf('/');
  const dot = spec.indexOf('.', slash + 1);
  if (dot < 0) {
    return initFail(
      'Runtime.MalformedHandlerName',
      `Bad handler ${spec}: expected module.export, such as index.handler`,
    );
  }
  const modulePath = spec.slice(0, dot);
  const exportPath = spec.slice(dot + 1);
  const file = ['.mjs', '.js', '.cjs']
    .map((ext) => join(root, modulePath + ext))
    .find((candidate) => existsSync(candidate));
  if (!file) {
    return initFail('Runtime.ImportModuleError', `Error: Cannot find module '${modulePath}'`);
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    return initFail(
      error?.name === 'SyntaxError' ? 'Runtime.UserCodeSyntaxError' : 'Runtime.ImportModuleError',
      `${error?.name ?? 'Error'}: ${error?.message ?? error}`,
      error,
    );
  }
  let fn = mod;
  for (const part of exportPath.split('.'))
    fn = fn?.[part] ?? (fn === mod ? mod.default?.[part] : undefined);
  if (typeof fn !== 'function') {
    return initFail('Runtime.HandlerNotFound', `${spec} is undefined or not exported`);
  }
  const major = Number(
    /^AWS_Lambda_nodejs(\d+)\.x$/.exec(process.env.AWS_EXECUTION_ENV ?? '')?.[1],
  );
  if (fn.length >= 3 && major >= 24) {
    // The words of AWS's runtime interface client (aws-lambda-ric 4).
    return initFail(
      'Runtime.CallbackHandlerDeprecated',
      'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.',
    );
  }
  return fn;
}

// A handler that takes a callback (nodejs22.x and earlier) finishes when it calls
// back, or when its returned promise settles, whichever comes first.
function callHandler(event, context) {
  if (handler.length < 3) return handler(event, context);
  return new Promise((resolve, reject) => {
    const callback = (error, value) => {
      if (error !== undefined && error !== null) reject(error);
      else resolve(value);
    };
    const returned = handler(event, context, callback);
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
}

async function initFail(errorType, errorMessage, cause) {
  const body = { errorType, errorMessage, trace: traceOf(cause) };
  console.error(`Uncaught Exception \t${JSON.stringify(body)}`);
  await request('POST', `${base}/init/error`, JSON.stringify(body), {
    'lambda-runtime-function-error-type': errorType,
  });
  process.exit(1);
}

async function postError(path, error) {
  const body = errorBody(error);
  console.error(
    `${new Date().toISOString()}\t${currentRequestId}\tERROR\tInvoke Error \t${JSON.stringify(body)}`,
  );
  await logsFlushed();
  await request('POST', path, JSON.stringify(body), {
    'lambda-runtime-function-error-type': body.errorType,
  });
  currentRequestId = undefined;
}

function failAndExit(error, errorType) {
  const body = { ...errorBody(error), errorType };
  console.error(
    `${new Date().toISOString()}\t${currentRequestId}\tERROR\t${errorType} \t${JSON.stringify(body)}`,
  );
  const done = () => process.exit(128);
  if (!currentRequestId) return done();
  request('POST', `${base}/invocation/${currentRequestId}/error`, JSON.stringify(body), {
    'lambda-runtime-function-error-type': errorType,
  }).then(done, done);
}

function errorBody(error) {
  if (error instanceof Error) {
    return { errorType: error.name || 'Error', errorMessage: error.message, trace: traceOf(error) };
  }
  return {
    errorType: 'Error',
    errorMessage: typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error)),
    trace: [],
  };
}

function traceOf(error) {
  return typeof error?.stack === 'string' ? error.stack.split('\n') : [];
}

function parseHeader(value) {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function request(method, path, body, extraHeaders = {}) {
  return new Promise((resolve) => {
    const headers = { ...extraHeaders };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    const req = http.request({ host, port, method, path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    // The service is gone: this environment has nothing left to do.
    req.on('error', () => process.exit(0));
    req.end(body);
  });
}

// Resolves once everything written to stdout and stderr has reached the pipes,
// so the invocation's log is complete when its result is posted (as on AWS,
// where the log of an invocation ends before its END line).
function logsFlushed() {
  return Promise.all(
    [process.stdout, process.stderr].map(
      (stream) =>
        new Promise((resolve) =>
          stream.writableLength === 0 ? resolve() : stream.write('', resolve),
        ),
    ),
  );
}

function patchConsole() {
  const levels = {
    log: 'INFO',
    info: 'INFO',
    warn: 'WARN',
    error: 'ERROR',
    debug: 'DEBUG',
    trace: 'TRACE',
  };
  for (const [method, level] of Object.entries(levels)) {
    console[method] = (...args) => {
      const message =
        method === 'trace'
          ? `${format(...args)}\n${new Error().stack?.split('\n').slice(2).join('\n')}`
          : format(...args);
      process.stdout.write(
        `${new Date().toISOString()}\t${currentRequestId ?? 'undefined'}\t${level}\t${message}\n`,
      );
    };
  }
}
