import { FakeTable } from './fake-dynamodb.ts';

export const TABLE = 'lambda-dojo-orders';

/**
 * The orders table, started once per check file, and the settings that point the function's
 * DynamoDB client at it. The mock target runs the handler in this process, so they go into
 * process.env before the handler is imported; on local they are the function's environment.
 *
 * Lambda hands a function its execution role's credentials in AWS_ACCESS_KEY_ID and friends,
 * which a function's configuration may not set (they are reserved keys); lambda-local hands out
 * dummies of the same shape, and the mock target sets dummies here. The table checks no
 * signature, but the SDK signs every request.
 */
export async function startTable(): Promise<{
  table: FakeTable;
  environment: Record<string, string>;
}> {
  const table = await new FakeTable(TABLE, 'orderId').start();
  const environment = {
    ORDERS_TABLE: TABLE,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
  };
  Object.assign(process.env, environment, {
    AWS_REGION: process.env.AWS_REGION ?? 'ap-northeast-2',
    AWS_ACCESS_KEY_ID: 'AKIALAMBDADOJOLOCAL0',
    AWS_SECRET_ACCESS_KEY: 'lambda-dojo-local',
  });
  delete process.env.AWS_SESSION_TOKEN;
  return { table, environment };
}
