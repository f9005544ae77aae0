import { LambdaClient } from '@aws-sdk/client-lambda';
import type { Lang } from '@lambda-dojo/lang';
import { TargetError } from './errors.ts';
import { messagesFor } from './messages.ts';

/**
 * Checks that the default AWS credential chain yields credentials, without
 * printing or keeping them, so a missing setup fails before anything starts.
 */
export async function assertCredentials(region: string, lang: Lang): Promise<void> {
  const client = new LambdaClient({ region });
  try {
    await client.config.credentials();
  } catch (cause) {
    throw new TargetError(messagesFor(lang).noCredentials, { cause });
  } finally {
    client.destroy();
  }
}

/** Turns a failure to create the IAM role into advice: pass an existing role instead. */
export function roleCreationError(cause: unknown, lang: Lang): TargetError {
  const name = (cause as { name?: string }).name ?? 'Error';
  return new TargetError(messagesFor(lang).roleCreationFailed(name), { cause });
}
