import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { parseOrder } from './orders.ts';
import { recordOrderOnce } from './store.ts';

/**
 * Records the orders of a batch of SQS messages.
 * SOLUTION: every record is tried; a failure is reported by its messageId instead of
 * thrown, so only the failed messages go back to the queue (the event source mapping
 * has FunctionResponseTypes: [ReportBatchItemFailures]) and the others are deleted.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchItemFailure[] = [];
  for (const record of event.Records) {
    try {
      const order = parseOrder(record.body);
      const outcome = await recordOrderOnce(order, record.messageId);
      console.log(`${outcome} ${order.orderId} (message ${record.messageId})`);
    } catch (error) {
      console.error(`failed message ${record.messageId}:`, error);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
