/** An IAM policy document (the JSON you attach to the function's execution role). */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** Where the function runs and what it works on. */
export interface FunctionTarget {
  bucket: string;
  region: string;
  accountId: string;
  functionName: string;
}

/** The least-privilege policy of the function's execution role. */
export function functionPolicy(target: FunctionTarget): PolicyDocument {
  const { bucket, region, accountId, functionName } = target;
  // TODO: this works, and that is the problem: it lets the function do anything to any bucket
  //       and any log group. Replace it with statements that allow exactly
  //       - s3:GetObject on the objects under uploads/ of `bucket`,
  //       - s3:PutObject on the objects under processed/ of `bucket`,
  //       - logs:CreateLogStream and logs:PutLogEvents in its own log group,
  //         /aws/lambda/<functionName> in `region` and `accountId`,
  //       and nothing else.
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:*', 'logs:*'], Resource: '*' }],
  };
}
