import type { CliOptions } from './options.ts';

/**
 * The environment the checks run with: which target to grade against and its
 * settings. Checks of handler labs read it through `@lambda-dojo/grader/targets`.
 */
export function targetEnvironment(options: CliOptions, labId: string): Record<string, string> {
  const env: Record<string, string> = {
    LAMBDA_DOJO_TARGET: options.target,
    LAMBDA_DOJO_LAB: labId,
  };
  if (options.region) env.LAMBDA_DOJO_REGION = options.region;
  if (options.prefix) env.LAMBDA_DOJO_PREFIX = options.prefix;
  if (options.endpoint) env.LAMBDA_DOJO_ENDPOINT = options.endpoint;
  if (options.roleArn) env.LAMBDA_DOJO_ROLE_ARN = options.roleArn;
  return env;
}
