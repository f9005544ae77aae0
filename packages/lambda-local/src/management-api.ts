import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  InvalidParameterValueError,
  InvalidRequestContentError,
  RequestTooLargeError,
} from './errors.ts';
import { settingsFromCreate, settingsFromUpdate } from './function-config.ts';
import { parseFunctionRef } from './function-name.ts';
import { configurationOf, functionArn, functionOf } from './function-view.ts';
import { readBody, sendJson } from './http-io.ts';
import { limits } from './limits.ts';
import type { ServiceContext } from './service-context.ts';

type Json = Record<string, unknown>;

/** CreateFunction, GetFunction(Configuration), ListFunctions, Update*, DeleteFunction. */
export async function handleManagement(
  ctx: ServiceContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  rawName: string | undefined,
  sub: string | undefined,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const qualifier = url.searchParams.get('Qualifier') ?? undefined;
  if (rawName === undefined) {
    if (method === 'POST') return send(res, 201, create(ctx, await readJson(req)));
    if (method === 'GET') return send(res, 200, list(ctx, url));
    return false;
  }
  const ref = parseFunctionRef(rawName, qualifier, ctx.accountId);
  const arn = functionArn(ctx, ref.name, ref.qualifier);
  if (sub === undefined && method === 'GET') {
    const record = ctx.registry.get(ref.name, arn);
    const version = ctx.registry.resolve(ref.name, ref.qualifier, arn);
    return send(res, 200, functionOf(ctx, record, version, ctx.endpoint()));
  }
  if (sub === 'configuration' && method === 'GET') {
    return send(res, 200, configurationOf(ctx, ctx.registry.resolve(ref.name, ref.qualifier, arn)));
  }
  if (sub === undefined && method === 'DELETE') {
    if (ref.qualifier !== undefined && ref.qualifier !== '$LATEST') {
      const record = ctx.registry.get(ref.name, arn);
      if (!record.versions.delete(ref.qualifier))
        ctx.registry.resolve(ref.name, ref.qualifier, arn);
    } else {
      ctx.registry.delete(ref.name, arn);
    }
    ctx.pool.retire(ref.name);
    res.writeHead(204, { 'x-amzn-requestid': crypto.randomUUID() }).end();
    return true;
  }
  if (sub === 'code' && method === 'PUT') {
    const body = await readJson(req);
    const record = ctx.registry.get(ref.name, arn);
    const zip = zipOf(body.ZipFile);
    ctx.registry.updateCode(record, zip, body.Publish === true);
    ctx.pool.retire(ref.name);
    return send(res, 200, configurationOf(ctx, record.latest));
  }
  if (sub === 'configuration' && method === 'PUT') {
    const body = await readJson(req);
    const record = ctx.registry.get(ref.name, arn);
    ctx.registry.updateSettings(record, settingsFromUpdate(record.latest.settings, body));
    ctx.pool.retire(ref.name, record.latest);
    return send(res, 200, configurationOf(ctx, record.latest));
  }
  if (sub === 'versions' && method === 'POST') {
    const record = ctx.registry.get(ref.name, arn);
    return send(res, 201, configurationOf(ctx, ctx.registry.publish(record)));
  }
  return false;
}

function create(ctx: ServiceContext, body: Json): Json {
  const name = typeof body.FunctionName === 'string' ? body.FunctionName : '';
  const ref = parseFunctionRef(name, undefined, ctx.accountId);
  if (ref.qualifier !== undefined) {
    throw new InvalidParameterValueError(
      'A function name for CreateFunction cannot have a qualifier.',
    );
  }
  const code = (body.Code ?? {}) as Json;
  if (body.PackageType === 'Image' || code.ImageUri !== undefined) {
    throw new InvalidParameterValueError(
      'lambda-local runs zip packages only, not container images.',
    );
  }
  if (code.S3Bucket !== undefined) {
    throw new InvalidParameterValueError(
      'lambda-local takes the code as Code.ZipFile, not from S3.',
    );
  }
  const settings = settingsFromCreate(body);
  const tags = (body.Tags ?? {}) as Record<string, string>;
  const record = ctx.registry.create(
    ref.name,
    settings,
    zipOf(code.ZipFile),
    tags,
    body.Publish === true,
  );
  return configurationOf(ctx, record.latest);
}

function list(ctx: ServiceContext, url: URL): Json {
  const marker = Number(url.searchParams.get('Marker') ?? 0);
  const maxItems = Math.min(Number(url.searchParams.get('MaxItems') ?? 50), 50);
  const all = ctx.registry.list();
  const page = all.slice(marker, marker + maxItems);
  const result: Json = { Functions: page.map((record) => configurationOf(ctx, record.latest)) };
  if (marker + maxItems < all.length) result.NextMarker = String(marker + maxItems);
  return result;
}

function zipOf(value: unknown): Buffer {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidParameterValueError(
      'Please provide a source for function code (Code.ZipFile).',
    );
  }
  return Buffer.from(value, 'base64');
}

async function readJson(req: IncomingMessage): Promise<Json> {
  // A base64 zip grows by a third; leave room for the rest of the body.
  const max = Math.ceil(limits.zippedCodeBytes * 1.4);
  const body = await readBody(
    req,
    max,
    () => new RequestTooLargeError('Request must be smaller than the deployment package limit.'),
  );
  try {
    const parsed: unknown = JSON.parse(body.length > 0 ? body.toString('utf8') : '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Json;
  } catch {
    // falls through
  }
  throw new InvalidRequestContentError(
    'Could not parse request body into json: the body is not a JSON object.',
  );
}

function send(res: ServerResponse, status: number, body: Json): true {
  sendJson(res, status, body);
  return true;
}
