import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Order } from './orders.ts';

/** One client per execution environment, reused by every invocation. */
const dynamodb = new DynamoDBClient({});

/** The table of recorded orders; the SAM template sets ORDERS_TABLE. */
const table = () => process.env.ORDERS_TABLE ?? 'orders';

/**
 * Records an order once. SQS delivers a message at least once, so the same order can
 * come twice: the second time, nothing must change and the answer is 'duplicate'.
 */
export async function recordOrderOnce(
  order: Order,
  messageId: string,
): Promise<'recorded' | 'duplicate'> {
  // TODO: this writes the order every time it comes. Make the write conditional
  //       (ConditionExpression), and answer 'duplicate' when DynamoDB refuses it
  //       with ConditionalCheckFailedException.
  await dynamodb.send(
    new PutItemCommand({
      TableName: table(),
      Item: {
        orderId: { S: order.orderId },
        amount: { N: String(order.amount) },
        messageId: { S: messageId },
      },
    }),
  );
  return 'recorded';
}
