import type { FunctionRecord, FunctionVersion } from './function-registry.ts';
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

/** The FunctionConfiguration object of the Lambda API for one version. */
export function configurationOf(scope: ArnScope, v: FunctionVersion): Record<string, unknown> {
  const s = v.settings;
  const config: Record<string, unknown> = {
    FunctionName: v.name,
    FunctionArn: functionArn(scope, v.name, v.version === '$LATEST' ? undefined : v.version),
    Runtime: s.runtime,
    Role: s.role,
    Handler: s.handler,
    CodeSize: v.codeSize,
    Description: s.description,
    Timeout: s.timeout,
    MemorySize: s.memorySize,
    LastModified: v.lastModified,
    CodeSha256: v.codeSha256,
    Version: v.version,
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: v.revision,
    State: v.state,
    LastUpdateStatus: v.lastUpdateStatus,
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: limits.defaultEphemeralStorageMb },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${v.name}` },
  };
  if (Object.keys(s.environment).length > 0) config.Environment = { Variables: s.environment };
  if (v.stateReason) {
    config.StateReason = v.stateReason;
    config.StateReasonCode = v.state === 'Pending' ? 'Creating' : 'InternalError';
  }
  if (v.lastUpdateReason) {
    config.LastUpdateStatusReason = v.lastUpdateReason;
    config.LastUpdateStatusReasonCode =
      v.lastUpdateStatus === 'Failed' ? 'InternalError' : undefined;
  }
  return config;
}

/** The GetFunction answer: configuration, code location and tags. */
export function functionOf(
  scope: ArnScope,
  record: FunctionRecord,
  v: FunctionVersion,
  endpoint: string,
): Record<string, unknown> {
  return {
    Configuration: configurationOf(scope, v),
    Code: {
      RepositoryType: 'S3',
      Location: `${endpoint}/lambda-local/code/${encodeURIComponent(v.name)}`,
    },
    Tags: record.tags,
  };
}
