import { defineFixtures } from './define-fixtures.ts';

const conditionLine = "        ConditionExpression: 'attribute_not_exists(orderId)',\n";

export const lab7 = defineFixtures('lab-7', {
  orders: 'src/orders.ts',
  store: 'src/store.ts',
  handler: 'src/handler.ts',
  template: 'src/template.yaml',
})(({ orders, store, handler, template }) => [
  {
    id: 'rethrows-a-bad-message',
    mistake: {
      en: 'rethrows the error of a bad message, so the whole batch fails and goes back to the queue',
      ko: '잘못된 메시지의 오류를 다시 던져서 배치 전체가 실패하고 큐로 돌아간다',
    },
    failingCheck: 'reports-bad-messages',
    patch: [
      {
        file: handler,
        find: '      batchItemFailures.push({ itemIdentifier: record.messageId });',
        replace: '      throw error;',
      },
    ],
  },
  {
    id: 'reports-receipt-handles',
    mistake: {
      en: 'reports failed messages by their receiptHandle instead of their messageId',
      ko: '실패한 메시지를 messageId가 아니라 receiptHandle로 알린다',
    },
    failingCheck: 'reports-bad-messages',
    patch: [
      {
        file: handler,
        find: '      batchItemFailures.push({ itemIdentifier: record.messageId });',
        replace: '      batchItemFailures.push({ itemIdentifier: record.receiptHandle });',
      },
    ],
  },
  {
    id: 'accepts-negative-amounts',
    mistake: {
      en: 'checks that the amount is a whole number but not that it is above 0',
      ko: '금액이 정수인지만 보고 0보다 큰지는 보지 않는다',
    },
    failingCheck: 'reports-bad-messages',
    patch: [{ file: orders, find: ' || amount <= 0)', replace: ')' }],
  },
  {
    id: 'trusts-any-order-id',
    mistake: {
      en: 'checks the amount but not the orderId, so an order without one goes on to DynamoDB',
      ko: '금액만 확인하고 orderId는 확인하지 않아서, orderId가 없는 주문이 DynamoDB까지 간다',
    },
    failingCheck: 'refuses-what-is-not-an-order',
    patch: [
      {
        file: orders,
        find: "  if (typeof orderId !== 'string' || orderId.length === 0) {\n    throw new InvalidOrderError('The order has no orderId');\n  }\n",
        replace: '',
      },
    ],
  },
  {
    id: 'destructures-null',
    mistake: {
      en: 'takes whatever JSON.parse returns as an object, so a body of null ends in a TypeError',
      ko: 'JSON.parse가 돌려준 값을 무조건 객체로 여겨서, 본문이 null이면 TypeError로 끝난다',
    },
    failingCheck: 'refuses-what-is-not-an-order',
    patch: [
      {
        file: orders,
        find: "  if (typeof data !== 'object' || data === null) {\n    throw new InvalidOrderError('The message body is not a JSON object');\n  }\n",
        replace: '',
      },
    ],
  },
  {
    id: 'logs-failures-only',
    mistake: {
      en: 'logs the failed messages but nothing for the orders it recorded or found already recorded',
      ko: '실패한 메시지만 로그에 남기고, 기록했거나 이미 있던 주문은 아무것도 남기지 않는다',
    },
    failingCheck: 'logs-every-message',
    patch: [
      {
        file: handler,
        // The outcome line is computed but never written: `void (...)` in place of console.log.
        find: '      console.log(`',
        replace: '      void (`',
      },
    ],
  },
  {
    id: 'store-errors-fail-the-batch',
    mistake: {
      en: 'reports only invalid orders and lets a DynamoDB error out of the handler, failing the whole batch',
      ko: '잘못된 주문만 실패로 알리고 DynamoDB 오류는 핸들러 밖으로 던져 배치 전체를 실패시킨다',
    },
    failingCheck: 'reports-store-errors',
    patch: [
      {
        file: handler,
        find: "import { parseOrder } from './orders.ts';",
        replace:
          "import { InvalidOrderError } from './errors.ts';\nimport { parseOrder } from './orders.ts';",
      },
      {
        file: handler,
        find: '    } catch (error) {\n',
        replace:
          '    } catch (error) {\n      if (!(error instanceof InvalidOrderError)) throw error;\n',
      },
    ],
  },
  {
    id: 'unconditional-write',
    mistake: {
      en: 'writes every order it receives without a condition, so a message delivered twice is recorded twice',
      ko: '받은 주문을 조건 없이 매번 써서, 두 번 배달된 메시지가 두 번 기록된다',
    },
    failingCheck: 'same-message-twice',
    patch: [{ file: store, find: conditionLine, replace: '' }],
  },
  {
    id: 'remembers-in-memory',
    mistake: {
      en: 'remembers recorded orders in a Set in the function’s memory, which another execution environment does not share',
      ko: '기록한 주문을 함수 메모리의 Set에 기억해서, 다른 실행 환경은 그것을 모른다',
    },
    failingCheck: 'order-recorded-elsewhere',
    patch: [
      { file: store, find: conditionLine, replace: '' },
      {
        file: store,
        find: 'const dynamodb = new DynamoDBClient({});\n',
        replace: 'const dynamodb = new DynamoDBClient({});\nconst recorded = new Set<string>();\n',
      },
      {
        file: store,
        find: '  try {\n',
        replace:
          "  if (recorded.has(order.orderId)) return 'duplicate';\n  recorded.add(order.orderId);\n  try {\n",
      },
    ],
  },
  {
    id: 'checks-then-writes',
    mistake: {
      en: 'looks the order up with GetItem and then writes it, so two deliveries at the same time both write',
      ko: 'GetItem으로 먼저 찾아보고 나서 써서, 동시에 온 두 배달이 둘 다 쓴다',
    },
    failingCheck: 'concurrent-deliveries',
    patch: [
      { file: store, find: conditionLine, replace: '' },
      {
        file: store,
        find: '  DynamoDBClient,\n',
        replace: '  DynamoDBClient,\n  GetItemCommand,\n',
      },
      {
        file: store,
        find: '  try {\n',
        replace:
          "  const found = await dynamodb.send(\n    new GetItemCommand({ TableName: table(), Key: { orderId: { S: order.orderId } } }),\n  );\n  if (found.Item) return 'duplicate';\n  try {\n",
      },
    ],
  },
  {
    id: 'visibility-timeout-equals-function-timeout',
    mistake: {
      en: 'sets the queue’s visibility timeout to the function timeout, not six times it',
      ko: '큐의 표시 제한 시간을 함수 제한 시간의 6배가 아니라 같은 값으로 둔다',
    },
    failingCheck: 'visibility-timeout',
    patch: [
      {
        file: template,
        find: '      VisibilityTimeout: 120',
        replace: '      VisibilityTimeout: 20',
      },
    ],
  },
  {
    id: 'moves-after-one-receive',
    mistake: {
      en: 'moves a message to the dead-letter queue after a single receive, so a passing error is never retried',
      ko: '한 번만 받아도 메시지를 배달 못 한 편지 대기열로 옮겨서, 일시적인 오류를 다시 시도하지 않는다',
    },
    failingCheck: 'dead-letter-queue',
    patch: [
      { file: template, find: '        maxReceiveCount: 5', replace: '        maxReceiveCount: 1' },
    ],
  },
  {
    id: 'no-report-batch-item-failures',
    mistake: {
      en: 'returns batchItemFailures but never turns on ReportBatchItemFailures on the SQS event',
      ko: 'batchItemFailures를 돌려주지만 SQS 이벤트에 ReportBatchItemFailures를 켜지 않는다',
    },
    failingCheck: 'reports-batch-item-failures',
    patch: [
      {
        file: template,
        find: '            FunctionResponseTypes:\n              - ReportBatchItemFailures\n',
        replace: '',
      },
    ],
  },
]);
