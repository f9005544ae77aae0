import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  InvalidParameterValueError,
  InvalidRequestContentError,
  RequestTooLargeError,
} from './errors.ts';
import {
  architecturesOf,
  refuseLayers,
  settingsFromCreate,
  settingsFromUpdate,
} from './function-config.ts';
import { parseFunctionRef } from './function-name.ts';
import type { FunctionRecord, FunctionVersion } from './function-registry.ts';
import { configurationOf, functionArn, functionOf } from './function-view.ts';
import { readBody, sendJson } from './http-io.ts';
import { limits } from './limits.ts';
import type { ServiceContext } from './service-context.ts';
import { Violations } from './validation.ts';

type Json = Record<string, unknown>;

/** CreateFunction, Get*, List*, Update*, PublishVersion, DeleteFunction. */
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
    if (method === 'POST') return send(res, 201, await create(ctx, await readJson(req)));
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
    const record = ctx.registry.get(ref.name, arn);
    if (ref.qualifier !== undefined && ref.qualifier !== '$LATEST') {
      const removed = ctx.registry.deleteVersion(record, ref.qualifier);
      if (!removed) ctx.registry.resolve(ref.name, ref.qualifier, arn);
      else ctx.pool.shutDown(removed);
    } else {
      ctx.registry.delete(ref.name, arn);
      for (const version of [record.latest, ...record.versions.values()])
        ctx.pool.shutDown(version);
    }
    res.writeHead(204, { 'x-amzn-requestid': crypto.randomUUID() }).end();
    return true;
  }
  if (sub === 'code' && method === 'PUT') {
    const body = await readJson(req);
    const record = ctx.registry.get(ref.name, arn);
    ctx.registry.assertIdle(record);
    const v = new Violations();
    const architectures = architecturesOf(body.Architectures, v);
    v.throwIfAny();
    const code = await ctx.store.add(zipOf(body.ZipFile, body.S3Bucket));
    try {
      ctx.registry.updateCode(record, code, {
        ...record.latest.settings,
        architectures: architectures ?? record.latest.settings.architectures,
      });
    } finally {
      ctx.store.release(code);
    }
    ctx.pool.retire(ref.name);
    return send(res, 200, configurationOf(ctx, publishIf(ctx, record, body.Publish)));
  }
  if (sub === 'configuration' && method === 'PUT') {
    const body = await readJson(req);
    const record = ctx.registry.get(ref.name, arn);
    refuseLayers(body.Layers);
    ctx.registry.updateSettings(record, settingsFromUpdate(record.latest.settings, body));
    ctx.pool.retire(ref.name, record.latest);
    return send(res, 200, configurationOf(ctx, record.latest));
  }
  if (sub === 'versions' && method === 'POST') {
    const body = await readJson(req);
    const record = ctx.registry.get(ref.name, arn);
    ctx.registry.assertIdle(record);
    const description = typeof body.Description === 'string' ? body.Description : undefined;
    return send(res, 201, configurationOf(ctx, ctx.registry.publish(record, description)));
  }
  if (sub === 'versions' && method === 'GET') {
    const record = ctx.registry.get(ref.name, arn);
    const all = [record.latest, ...record.versions.values()];
    const { page, next } = paged(all, url);
    const result: Json = { Versions: page.map((v) => configurationOf(ctx, v, { listing: true })) };
    if (next) result.NextMarker = next;
    return send(res, 200, result);
  }
  return false;
}

/** GetAccountSettings: AWS's limits, and this service's usage. */
export function accountSettings(ctx: ServiceContext): Json {
  const records = ctx.registry.list();
  const versions = records.flatMap((r) => [r.latest, ...r.versions.values()]);
  const codes = new Map(versions.map((v) => [v.code.dir, v.code.size]));
  return {
    AccountLimit: {
      TotalCodeSize: limits.codeStorageBytes,
      CodeSizeUnzipped: limits.unzippedCodeBytes,
      CodeSizeZipped: limits.zippedCodeBytes,
      ConcurrentExecutions: ctx.concurrency,
      UnreservedConcurrentExecutions: ctx.concurrency,
    },
    AccountUsage: {
      TotalCodeSize: [...codes.values()].reduce((sum, size) => sum + size, 0),
      FunctionCount: records.length,
    },
  };
}

async function create(ctx: ServiceContext, body: Json): Promise<Json> {
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
  const settings = settingsFromCreate(body);
  refuseLayers(body.Layers);
  const arn = functionArn(ctx, ref.name);
  ctx.registry.assertNew(ref.name);
  const stored = await ctx.store.add(zipOf(code.ZipFile, code.S3Bucket));
  try {
    const tags = (body.Tags ?? {}) as Record<string, string>;
    const record = ctx.registry.create(ref.name, arn, settings, stored, tags);
    // While the function is Pending, a runtime boots for its first cold start (after this
    // answer is on its way: starting a process takes a few milliseconds of this thread).
    setImmediate(() => ctx.pool.prepare(record.latest));
    return configurationOf(ctx, publishIf(ctx, record, body.Publish));
  } finally {
    ctx.store.release(stored);
  }
}

function publishIf(ctx: ServiceContext, record: FunctionRecord, publish: unknown): FunctionVersion {
  return publish === true ? ctx.registry.publish(record) : record.latest;
}

function list(ctx: ServiceContext, url: URL): Json {
  const all = url.searchParams.get('FunctionVersion') === 'ALL';
  const versions = ctx.registry
    .list()
    .flatMap((record) => (all ? [record.latest, ...record.versions.values()] : [record.latest]));
  const { page, next } = paged(versions, url);
  const result: Json = { Functions: page.map((v) => configurationOf(ctx, v, { listing: true })) };
  if (next) result.NextMarker = next;
  return result;
}

function paged<T>(items: readonly T[], url: URL): { page: T[]; next?: string } {
  const marker = Number(url.searchParams.get('Marker') ?? 0) || 0;
  const maxItems = Math.min(Number(url.searchParams.get('MaxItems') ?? 50) || 50, 50);
  const page = items.slice(marker, marker + maxItems);
  return { page, next: marker + maxItems < items.length ? String(marker + maxItems) : undefined };
}

function zipOf(value: unknown, s3Bucket: unknown): Buffer {
  if (s3Bucket !== undefined) {
    throw new InvalidParameterValueError('lambda-local takes the code as ZipFile, not from S3.');
  }
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
    () =>
      new RequestTooLargeError(
        `Request must be smaller than ${Math.ceil((limits.zippedCodeBytes * 4) / 3)} bytes for this operation`,
      ),
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
