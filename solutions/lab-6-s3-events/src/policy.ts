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
  const logGroup = `arn:aws:logs:${region}:${accountId}:log-group:/aws/lambda/${functionName}`;
  return {
    Version: '2012-10-17',
    Statement: [
      // Solution: read objects under uploads/ only. "uploads/*", not "uploads*", which would
      // also match uploads-archive/.
      {
        Sid: 'ReadUploads',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/uploads/*`,
      },
      // Solution: write under processed/ only; writing uploads/ would let the function
      // trigger itself.
      {
        Sid: 'WriteProcessed',
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/processed/*`,
      },
      // Solution: its own log group's streams only, not every log group of the account.
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `${logGroup}:*`,
      },
    ],
  };
}
