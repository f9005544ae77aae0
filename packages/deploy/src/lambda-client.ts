import { LambdaClient } from '@aws-sdk/client-lambda';
import type { TargetSettings } from './target-settings.ts';

/**
 * The Lambda client of a target. `local` uses dummy credentials, so a
 * learner's real ones are never sent to lambda-local; `aws` uses the default
 * credential chain (environment, profile, SSO) and never prints it.
 */
export function lambdaClientFor(settings: TargetSettings): LambdaClient {
  if (settings.kind === 'local') {
    return new LambdaClient({
      region: settings.region,
      endpoint: settings.endpoint,
      credentials: { accessKeyId: 'lambda-local', secretAccessKey: 'lambda-local' },
      maxAttempts: 1,
    });
  }
  return new LambdaClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  });
}
