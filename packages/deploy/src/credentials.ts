import { LambdaClient } from '@aws-sdk/client-lambda';
import type { Lang } from '@lambda-dojo/lang';
import { TargetError } from './errors.ts';

/**
 * Checks that the default AWS credential chain yields credentials, without
 * printing or keeping them, so a missing setup fails before anything starts.
 */
export async function assertCredentials(region: string, lang: Lang): Promise<void> {
  const client = new LambdaClient({ region });
  try {
    await client.config.credentials();
  } catch (cause) {
    throw new TargetError(
      lang === 'ko'
        ? 'AWS 자격 증명을 찾지 못했습니다. aws configure나 aws sso login을 하거나 AWS_PROFILE을 지정한 뒤 다시 실행하세요.'
        : 'No AWS credentials found. Run aws configure or aws sso login, or set AWS_PROFILE, then try again.',
      { cause },
    );
  } finally {
    client.destroy();
  }
}

/** Turns a failure to create the IAM role into advice: pass an existing role instead. */
export function roleCreationError(cause: unknown, lang: Lang): TargetError {
  const name = (cause as { name?: string }).name ?? 'Error';
  return new TargetError(
    lang === 'ko'
      ? `실행 역할을 만들지 못했습니다(${name}). IAM 콘솔에서 lambda.amazonaws.com이 맡을 수 있고 AWSLambdaBasicExecutionRole 정책이 붙은 역할을 만든 뒤 --role-arn으로 넘겨 주세요.`
      : `Could not create the execution role (${name}). Create a role in the IAM console that lambda.amazonaws.com can assume, with the AWSLambdaBasicExecutionRole policy, and pass it with --role-arn.`,
    { cause },
  );
}
