import { parseOrder } from '@lab/orders.ts';
import { check, handlerInvoker, task } from '@lambda-dojo/check-kit';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeEach, expect } from 'vitest';
import { orderBody, redelivered, sqsEvent } from './fixtures/events.ts';
import { startTable } from './support/table.ts';

const { table, environment } = await startTable();
// Imported only now, so that on the mock target its DynamoDB client sees the table's address.
const invoke = await handlerInvoker({
  entry: 'handler.ts',
  name: 'orders',
  environment,
  // As in the template: a throttled write takes the SDK's retries, seconds, before it fails.
  timeout: 20,
});

beforeEach(() => table.reset());
afterAll(() => table.stop());

/** Sends a batch; the answer is the handler's SQSBatchResponse, or the error it ended with. */
async function deliver(event: SQSEvent) {
  const { result, error, output } = await invoke(event);
  return { response: result as SQSBatchResponse | null, error, output };
}

/** The message ids the handler reported as failed, sorted. */
const failedIds = (response: SQSBatchResponse | null) =>
  (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier).sort();

const recordedIds = () => [...table.items.keys()].sort();

/** Whether one line of the function's log mentions every one of `words`. */
const logged = (output: string[], ...words: string[]) =>
  output.some((line) => words.every((word) => line.includes(word)));

task(
  { ko: '과제 1: 배치의 주문을 모두 기록하기', en: 'Task 1: record every order of the batch' },
  () => {
    check(
      'records-every-order',
      {
        title: {
          ko: '배치에 든 메시지마다 본문의 주문을 orderId, amount, messageId와 함께 테이블에 한 번 쓰고, 실패가 없으면 batchItemFailures를 빈 배열로 돌려줘요',
          en: 'writes the order in the body of every message of the batch to the table once, with orderId, amount and messageId, and returns an empty batchItemFailures when nothing failed',
        },
        points: 15,
        hints: {
          ko: [
            'SQS는 메시지를 하나씩이 아니라 배치(event.Records, 기본 최대 10개)로 보내요. 본문 record.body는 객체가 아니라 JSON 문자열이에요.',
            'for (const record of event.Records)에서 parseOrder(record.body)로 주문을 읽고 recordOrderOnce(order, record.messageId)로 쓰세요. 마지막에 { batchItemFailures: [] }를 돌려줘요. amount는 DynamoDB에 { N: String(amount) }로 써요.',
          ],
          en: [
            'SQS sends messages in a batch (event.Records, up to 10 by default), not one by one. The body, record.body, is a JSON string, not an object.',
            'In for (const record of event.Records), read the order with parseOrder(record.body) and write it with recordOrderOnce(order, record.messageId). Return { batchItemFailures: [] } at the end. Write amount to DynamoDB as { N: String(amount) }.',
          ],
        },
      },
      async () => {
        const event = sqsEvent(
          { body: orderBody('order-1001', 12_000) },
          { body: orderBody('order-1002', 4_500) },
          { body: orderBody('order-1003', 980_000) },
        );
        const { response, error } = await deliver(event);
        expect(error, 'the handler failed').toBeUndefined();
        expect(response, 'the handler’s answer').toEqual({ batchItemFailures: [] });
        expect(recordedIds(), 'orders in the table').toEqual([
          'order-1001',
          'order-1002',
          'order-1003',
        ]);
        expect(table.writes.length, 'writes to the table').toBe(3);
        const [first] = event.Records;
        expect(table.items.get('order-1001'), 'the item of order-1001').toEqual({
          orderId: { S: 'order-1001' },
          amount: { N: '12000' },
          messageId: { S: first?.messageId },
        });
      },
    );
  },
);

task(
  {
    ko: '과제 2: 실패한 메시지만 큐로 돌려보내기',
    en: 'Task 2: send only the failed messages back to the queue',
  },
  () => {
    check(
      'reports-bad-messages',
      {
        title: {
          ko: 'JSON이 아니거나 금액이 잘못된 메시지는 batchItemFailures에 그 messageId를 넣어 알리고, 나머지 주문은 기록해요',
          en: 'reports the messageId of messages that are not JSON or have a wrong amount in batchItemFailures, and records the other orders',
        },
        points: 10,
        hints: {
          ko: [
            '핸들러가 예외를 던지면 Lambda는 배치 전체가 실패했다고 보고, 이미 처리한 메시지까지 모두 큐로 돌아가요. 실패한 메시지만 알려 주세요.',
            '레코드마다 try/catch를 두고, catch에서 batchItemFailures.push({ itemIdentifier: record.messageId })를 하세요. 예외를 다시 던지지 말고 다음 레코드로 넘어가요. parseOrder는 amount가 0 이하이거나 정수가 아니면 InvalidOrderError를 던져야 해요.',
          ],
          en: [
            'When the handler throws, Lambda counts the whole batch as failed and every message goes back to the queue, the processed ones too. Report only the messages that failed.',
            'Wrap each record in try/catch, and in the catch push { itemIdentifier: record.messageId } to batchItemFailures. Do not rethrow: go on with the next record. parseOrder must throw InvalidOrderError for an amount that is not a whole number above 0.',
          ],
        },
      },
      async () => {
        const event = sqsEvent(
          { body: orderBody('order-2001', 15_000) },
          { body: '주문: 2002번, 3만 원' },
          { body: orderBody('order-2003', -3_000) },
          { body: JSON.stringify({ orderId: 'order-2004', amount: '7000' }) },
          { body: orderBody('order-2005', 2_500.5) },
          { body: orderBody('order-2006', 8_800) },
          { body: orderBody('order-2007', 0) },
        );
        const ids = event.Records.map((r) => r.messageId);
        const { response, error } = await deliver(event);
        expect(error, 'the handler failed instead of reporting the bad messages').toBeUndefined();
        expect(failedIds(response), 'messageIds in batchItemFailures').toEqual(
          [ids[1], ids[2], ids[3], ids[4], ids[6]].sort(),
        );
        expect(recordedIds(), 'orders in the table').toEqual(['order-2001', 'order-2006']);
      },
    );

    check(
      'refuses-what-is-not-an-order',
      {
        title: {
          ko: 'parseOrder는 주문이 아닌 본문(JSON 객체가 아니거나, orderId가 빈 문자열이거나 문자열이 아님)에 무엇이 잘못됐는지 말하는 InvalidOrderError를 던져요',
          en: 'parseOrder throws an InvalidOrderError that says what is wrong for a body that is not an order (not a JSON object, or an orderId that is empty or not a string)',
        },
        points: 5,
        hints: {
          ko: [
            'JSON.parse는 null, 숫자, 문자열, 배열도 돌려줘요. 주문이라고 믿기 전에 객체인지, orderId가 빈 문자열이 아닌 문자열인지 확인하세요. 그러지 않으면 잘못된 메시지가 DynamoDB까지 가서, 로그에는 주문의 문제가 아니라 DynamoDB의 ValidationException이나 TypeError가 남아요.',
            'typeof data !== "object" || data === null이면, 그리고 typeof orderId !== "string" || orderId.length === 0이면 throw new InvalidOrderError("...")를 하세요. 메시지에는 무엇이 잘못됐는지 쓰세요(예: "The order has no orderId"). 로그를 보는 사람은 그 메시지로 원인을 알아요.',
          ],
          en: [
            'JSON.parse gives back null, numbers, strings and arrays too. Before you trust it as an order, check that it is an object and that orderId is a string that is not empty. Otherwise the bad message goes on to DynamoDB, and the log shows a ValidationException from DynamoDB or a TypeError instead of what is wrong with the order.',
            'When typeof data !== "object" || data === null, and when typeof orderId !== "string" || orderId.length === 0, throw new InvalidOrderError("..."). Say in the message what is wrong (e.g. "The order has no orderId"): it is how whoever reads the log learns the cause.',
          ],
        },
      },
      async () => {
        const bodies = [
          '주문: 2002번, 3만 원',
          'null',
          '"order-8001"',
          JSON.stringify({ amount: 5_000 }),
          JSON.stringify({ orderId: '', amount: 5_000 }),
          JSON.stringify({ orderId: 8004, amount: 5_000 }),
          orderBody('order-8005', 0),
        ];
        for (const body of bodies) {
          let thrown: unknown;
          try {
            parseOrder(body);
          } catch (error) {
            thrown = error;
          }
          expect((thrown as Error | undefined)?.name, `the error parseOrder(${body}) throws`).toBe(
            'InvalidOrderError',
          );
          expect((thrown as Error).message, `the message of the error for ${body}`).not.toBe('');
        }
        expect(parseOrder(orderBody('order-8006', 5_000)), 'parseOrder of a good order').toEqual({
          orderId: 'order-8006',
          amount: 5_000,
        });
      },
    );

    check(
      'reports-store-errors',
      {
        title: {
          ko: 'DynamoDB가 쓰기를 거절한 주문(처리량 초과)은 실패로 알리고, 뒤에 오는 주문은 계속 기록해요',
          en: 'reports an order whose write DynamoDB refused (throughput exceeded) as failed, and goes on recording the orders after it',
        },
        points: 15,
        // The SDK retries a throttled write twice, with growing pauses, before it gives up.
        timeoutMs: 15_000,
        hints: {
          ko: [
            '주문 자체는 올바른데 DynamoDB가 잠시 거절할 수도 있어요(ProvisionedThroughputExceededException). 이 메시지는 나중에 다시 시도하면 돼요. 큐로 돌려보내고, 배치의 다른 주문은 그대로 기록하세요.',
            'recordOrderOnce가 던지는 오류도 레코드별 try/catch에서 잡아 batchItemFailures에 넣으세요. 조건부 쓰기의 ConditionalCheckFailedException만은 실패가 아니라 "이미 기록됨"이에요.',
          ],
          en: [
            'The order can be fine while DynamoDB refuses it for a moment (ProvisionedThroughputExceededException). Trying again later will work: send it back to the queue and record the other orders of the batch anyway.',
            'Catch what recordOrderOnce throws in the per-record try/catch too, and put the message in batchItemFailures. Only ConditionalCheckFailedException of the conditional write is not a failure: it means "already recorded".',
          ],
        },
      },
      async () => {
        table.throttled.add('order-3002');
        const event = sqsEvent(
          { body: orderBody('order-3001', 1_000) },
          { body: orderBody('order-3002', 2_000) },
          { body: orderBody('order-3003', 3_000) },
        );
        const { response, error } = await deliver(event);
        expect(error, 'the handler failed instead of reporting the message').toBeUndefined();
        expect(failedIds(response), 'messageIds in batchItemFailures').toEqual([
          event.Records[1]?.messageId,
        ]);
        expect(recordedIds(), 'orders in the table').toEqual(['order-3001', 'order-3003']);
      },
    );
  },
);

task(
  {
    ko: '과제 3: 같은 메시지가 두 번 와도 한 번만 기록하기',
    en: 'Task 3: record once when a message comes twice',
  },
  () => {
    check(
      'same-message-twice',
      {
        title: {
          ko: '같은 배치가 다시 배달되면(SQS의 최소 한 번 배달) 주문을 다시 쓰지 않고, 실패로도 알리지 않아요',
          en: 'writes no order again when the same batch is delivered a second time (SQS delivers at least once), and reports no failure for it',
        },
        points: 10,
        hints: {
          ko: [
            'SQS 표준 큐는 메시지를 "최소 한 번" 배달해요. 표시 제한 시간 안에 지워지지 않은 메시지는 다시 와요. 같은 주문을 두 번 기록하면 배송도 두 번 나가요.',
            'PutItemCommand에 ConditionExpression: "attribute_not_exists(orderId)"를 주세요. 이미 있으면 DynamoDB가 ConditionalCheckFailedException을 던지니, 이를 잡아 "duplicate"를 돌려주고 실패로 세지 마세요.',
          ],
          en: [
            'A standard SQS queue delivers each message "at least once": a message not deleted within the visibility timeout comes again. Record an order twice and it ships twice.',
            'Give PutItemCommand ConditionExpression: "attribute_not_exists(orderId)". When the order is there already DynamoDB throws ConditionalCheckFailedException: catch it, return "duplicate", and do not count it as a failure.',
          ],
        },
      },
      async () => {
        const event = sqsEvent(
          { body: orderBody('order-4001', 5_000) },
          { body: orderBody('order-4002', 6_000) },
        );
        await deliver(event);
        const again = await deliver(redelivered(event));
        expect(again.error, 'the handler failed on the second delivery').toBeUndefined();
        expect(failedIds(again.response), 'batchItemFailures of the second delivery').toEqual([]);
        expect(table.writesOf('order-4001').length, 'times order-4001 was written').toBe(1);
        expect(table.writesOf('order-4002').length, 'times order-4002 was written').toBe(1);
      },
    );

    check(
      'logs-every-message',
      {
        title: {
          ko: '메시지마다 로그 한 줄에 결과를 남겨요: 기록한 주문은 recorded와 orderId, 다시 온 주문은 duplicate와 orderId, 실패한 메시지는 그 messageId',
          en: 'logs one line per message with what happened: recorded and the orderId, duplicate and the orderId, or the messageId of a failed message',
        },
        points: 5,
        hints: {
          ko: [
            '배달 못 한 편지 대기열에 메시지가 쌓이거나 같은 주문이 두 번 왔을 때, CloudWatch Logs를 보는 사람은 메시지마다 무슨 일이 있었는지 알아야 해요. 실패한 메시지는 batchItemFailures에 넣는 messageId로 찾을 수 있어야 하고요.',
            'const outcome = await recordOrderOnce(order, record.messageId) 다음에 outcome("recorded" 또는 "duplicate")과 order.orderId를 console.log로 한 줄에 남기고, catch에서는 console.error("failed message " + record.messageId + ":", error)를 하세요.',
          ],
          en: [
            'When messages pile up in the dead-letter queue, or an order came twice, whoever reads CloudWatch Logs needs to know what happened to each message, and to find a failed one by the messageId that went into batchItemFailures.',
            'After const outcome = await recordOrderOnce(order, record.messageId), console.log the outcome ("recorded" or "duplicate") and order.orderId on one line, and in the catch console.error("failed message " + record.messageId + ":", error).',
          ],
        },
      },
      async () => {
        const event = sqsEvent(
          { body: orderBody('order-7001', 42_000) },
          { body: '{"orderId": "order-7002", "amount": ' },
        );
        const [good, bad] = event.Records.map((r) => r.messageId);
        const first = await deliver(event);
        expect(first.error, 'the handler failed').toBeUndefined();
        expect(
          logged(first.output, 'recorded', 'order-7001'),
          'a line with recorded order-7001',
        ).toBe(true);
        expect(logged(first.output, bad ?? ''), `a line with the failed messageId ${bad}`).toBe(
          true,
        );
        const again = await deliver(redelivered(event));
        expect(
          logged(again.output, 'duplicate', 'order-7001'),
          `a line with duplicate order-7001 when message ${good} comes again`,
        ).toBe(true);
      },
    );

    check(
      'order-recorded-elsewhere',
      {
        title: {
          ko: '다른 실행 환경이 이미 기록한 주문이 오면(또는 보낸 쪽이 같은 주문을 다시 보내면) 다시 쓰지 않아요',
          en: 'does not write again an order another execution environment already recorded (or that the sender sent again)',
        },
        points: 10,
        hints: {
          ko: [
            '다시 배달된 메시지는 다른 실행 환경으로 갈 수도 있어요. 함수 메모리에 둔 Set이나 Map은 그 환경에만 있으니, "이미 처리했는지"는 테이블이 기억해야 해요.',
            '판단 기준은 메모리가 아니라 DynamoDB의 조건부 쓰기예요: ConditionExpression: "attribute_not_exists(orderId)". 키는 messageId가 아니라 orderId여야 보낸 쪽이 다시 보낸 주문도 걸러져요.',
          ],
          en: [
            'A message delivered again may land in another execution environment. A Set or Map in the function’s memory lives in one environment only: the table has to remember what was done.',
            'Decide with DynamoDB’s conditional write, not memory: ConditionExpression: "attribute_not_exists(orderId)". Key on orderId, not messageId, so an order the sender sent twice is caught too.',
          ],
        },
      },
      async () => {
        table.seed({
          orderId: { S: 'order-5001' },
          amount: { N: '9900' },
          messageId: { S: '0b8f3a4e-9c2d-4d51-a7d2-5f3f1c9e0001' },
        });
        const { response, error } = await deliver(
          sqsEvent(
            { body: orderBody('order-5001', 9_900) },
            { body: orderBody('order-5002', 100) },
          ),
        );
        expect(error, 'the handler failed').toBeUndefined();
        expect(failedIds(response), 'batchItemFailures').toEqual([]);
        expect(table.writesOf('order-5001').length, 'times order-5001 was written again').toBe(0);
        expect(table.writesOf('order-5002').length, 'times order-5002 was written').toBe(1);
      },
    );

    check(
      'concurrent-deliveries',
      {
        title: {
          ko: '같은 메시지가 두 호출에 동시에 배달돼도 주문은 한 번만 기록돼요',
          en: 'records the order once when the same message reaches two invocations at the same time',
        },
        points: 5,
        hints: {
          ko: [
            'GetItem으로 먼저 확인하고 없으면 PutItem을 하는 방법은, 두 호출이 동시에 확인하면 둘 다 "없음"을 보고 둘 다 써요.',
            '확인과 쓰기를 하나로 묶으세요. PutItem의 ConditionExpression: "attribute_not_exists(orderId)"는 DynamoDB 안에서 원자적으로 판단해요.',
          ],
          en: [
            'Checking with GetItem first and then writing with PutItem fails when two invocations check at the same time: both see nothing, both write.',
            'Make the check and the write one step: PutItem with ConditionExpression: "attribute_not_exists(orderId)" is decided atomically inside DynamoDB.',
          ],
        },
      },
      async () => {
        const event = sqsEvent({ body: orderBody('order-6001', 31_000) });
        const results = await Promise.all([deliver(event), deliver(redelivered(event))]);
        for (const { error } of results) expect(error, 'an invocation failed').toBeUndefined();
        expect(table.writesOf('order-6001').length, 'times order-6001 was written').toBe(1);
      },
    );
  },
);
