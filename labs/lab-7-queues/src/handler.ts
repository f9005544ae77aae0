import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { parseOrder } from './orders.ts';
import { recordOrderOnce } from './store.ts';

/** Records the orders of a batch of SQS messages. */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchItemFailure[] = [];
  // TODO: a batch holds up to 10 messages by default; this reads the first one only.
  // TODO: a message that fails must not fail the others: report its messageId in
  //       batchItemFailures instead of letting the error out of the handler.
  // TODO: log one line per message: recorded or duplicate with the orderId, or the messageId
  //       of a message that failed.
  const record = event.Records[0];
  if (record) {
    const order = parseOrder(record.body);
    await recordOrderOnce(order, record.messageId);
  }
  return { batchItemFailures };
};
