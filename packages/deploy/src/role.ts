import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { COURSE_TAG, RUN_TAG, type TargetSettings } from './target-settings.ts';

/** Lets a function write its logs to CloudWatch Logs, nothing more. */
export const BASIC_EXECUTION_POLICY =
  'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

const TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

export function roleNameFor(settings: TargetSettings): string {
  return `${settings.prefix}-exec-${settings.runId}`.slice(0, 64);
}

/** Creates the execution role of this run (prefixed, tagged) and returns its ARN. */
export async function createExecutionRole(
  iam: IAMClient,
  settings: TargetSettings,
  onCreated: () => void = () => {},
): Promise<string> {
  const roleName = roleNameFor(settings);
  const out = await iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: TRUST_POLICY,
      Description: 'Lambda Dojo grading role (deleted after grading)',
      Tags: [
        { Key: COURSE_TAG, Value: settings.prefix },
        { Key: RUN_TAG, Value: settings.runId },
      ],
    }),
  );
  onCreated();
  await iam.send(
    new AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: BASIC_EXECUTION_POLICY }),
  );
  const arn = out.Role?.Arn;
  if (!arn) throw new Error(`IAM did not return the ARN of ${roleName}`);
  return arn;
}

export async function deleteExecutionRole(iam: IAMClient, settings: TargetSettings): Promise<void> {
  const roleName = roleNameFor(settings);
  try {
    await iam.send(
      new DetachRolePolicyCommand({ RoleName: roleName, PolicyArn: BASIC_EXECUTION_POLICY }),
    );
  } catch (error) {
    // Not attached (the attach step failed): nothing to detach.
    if ((error as { name?: string }).name !== 'NoSuchEntityException') throw error;
  }
  await iam.send(new DeleteRoleCommand({ RoleName: roleName }));
}
