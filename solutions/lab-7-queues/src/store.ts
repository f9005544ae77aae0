import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Order } from './orders.ts';

/** One client per execution environment, reused by every invocation. */
const dynamodb = new DynamoDBClient({});

/** The table of recorded orders; the SAM template sets ORDERS_TABLE. */
const table = () => process.env.ORDERS_TABLE ?? 'orders';

/**
 * Records an order once. SQS delivers a message at least once, so the same order can
 * come twice (a retry after a timeout, or the sender sending it again): the second time,
 * nothing changes and the answer is 'duplicate'.
 * SOLUTION: a conditional write. DynamoDB refuses the PutItem when an item with this
 * orderId already exists, atomically, so two deliveries running at once cannot both win.
 */
export async function recordOrderOnce(
  order: Order,
  messageId: string,
): Promise<'recorded' | 'duplicate'> {
  try {
    await dynamodb.send(
      new PutItemCommand({
        TableName: table(),
        Item: {
          orderId: { S: order.orderId },
          amount: { N: String(order.amount) },
          messageId: { S: messageId },
        },
        ConditionExpression: 'attribute_not_exists(orderId)',
      }),
    );
    return 'recorded';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'duplicate';
    throw error;
  }
}
