import {
  type FunctionRecord,
  type FunctionVersion,
  stateOf,
  updateStatusOf,
} from './function-registry.ts';
import { limits } from './limits.ts';

/** Where a service lives, for ARNs. */
export interface ArnScope {
  region: string;
  accountId: string;
}

export function functionArn(scope: ArnScope, name: string, qualifier?: string): string {
  const base = `arn:aws:lambda:${scope.region}:${scope.accountId}:function:${name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}

/**
 * The FunctionConfiguration object of the Lambda API for one version.
 * ListFunctions leaves out the state fields, as AWS does (`listing`).
 */
export function configurationOf(
  scope: ArnScope,
  v: FunctionVersion,
  options: { listing?: boolean } = {},
): Record<string, unknown> {
  const s = v.settings;
  const config: Record<string, unknown> = {
    FunctionName: v.name,
    FunctionArn: functionArn(scope, v.name, v.version === '$LATEST' ? undefined : v.version),
    Runtime: s.runtime,
    Role: s.role,
    Handler: s.handler,
    CodeSize: v.code.size,
    Description: s.description,
    Timeout: s.timeout,
    MemorySize: s.memorySize,
    LastModified: v.lastModified,
    CodeSha256: v.code.sha256,
    Version: v.version,
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: v.revision,
    PackageType: 'Zip',
    Architectures: s.architectures,
    EphemeralStorage: { Size: limits.defaultEphemeralStorageMb },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${v.name}` },
  };
  if (Object.keys(s.environment).length > 0) config.Environment = { Variables: s.environment };
  if (options.listing) return config;
  const state = stateOf(v);
  config.State = state;
  if (state === 'Pending') {
    config.StateReason = 'The function is being created.';
    config.StateReasonCode = 'Creating';
  }
  const update = updateStatusOf(v);
  config.LastUpdateStatus = update;
  if (state === 'Pending') {
    config.LastUpdateStatusReason = 'The function is being created.';
    config.LastUpdateStatusReasonCode = 'Creating';
  }
  return config;
}

/** The GetFunction answer: configuration, where to download the code, and tags. */
export function functionOf(
  scope: ArnScope,
  record: FunctionRecord,
  v: FunctionVersion,
  endpoint: string,
): Record<string, unknown> {
  return {
    Configuration: configurationOf(scope, v),
    Code: { RepositoryType: 'S3', Location: codeLocation(endpoint, v) },
    Tags: record.tags,
  };
}

/** Like a presigned S3 URL: no signature needed, an unguessable token instead. */
export function codeLocation(endpoint: string, v: FunctionVersion): string {
  return `${endpoint}${CODE_PATH}${v.code.token}`;
}

export const CODE_PATH = '/lambda-local/code/';
