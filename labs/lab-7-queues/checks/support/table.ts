import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeTable } from './fake-dynamodb.ts';

export const TABLE = 'lambda-dojo-orders';

/**
 * The orders table, started once per check file, and the settings that point the function's
 * DynamoDB client at it. The mock target runs the handler in this process, so they go into
 * process.env before the handler is imported; on local they are the function's environment.
 *
 * Lambda hands a function its execution role's credentials in AWS_ACCESS_KEY_ID and friends,
 * which a function's configuration may not set (they are reserved keys). lambda-local hands out
 * none, so the function gets dummy ones through a shared credentials file instead: the table
 * checks no signature, but the SDK signs every request.
 */
export async function startTable(): Promise<{
  table: FakeTable;
  environment: Record<string, string>;
}> {
  const table = await new FakeTable(TABLE, 'orderId').start();
  const credentials = join(mkdtempSync(join(tmpdir(), 'lab-7-credentials-')), 'credentials');
  writeFileSync(
    credentials,
    '[default]\naws_access_key_id = AKIALAMBDADOJOLOCAL0\naws_secret_access_key = lambda-dojo-local\n',
  );
  const environment = {
    ORDERS_TABLE: TABLE,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_PROFILE: 'default',
  };
  Object.assign(process.env, environment, {
    AWS_REGION: process.env.AWS_REGION ?? 'ap-northeast-2',
    AWS_ACCESS_KEY_ID: 'AKIALAMBDADOJOLOCAL0',
    AWS_SECRET_ACCESS_KEY: 'lambda-dojo-local',
  });
  delete process.env.AWS_SESSION_TOKEN;
  return { table, environment };
}
