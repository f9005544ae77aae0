import { defineFixtures } from './define-fixtures.ts';

export const lab8 = defineFixtures('lab-8', {
  handler: 'src/handler.ts',
  template: 'src/template.yaml',
})(({ handler, template }) => [
  {
    id: 'json-through-console-log',
    mistake: {
      en: 'writes its own JSON with console.log instead of the Logger, so the line has no level and the runtime prefixes it',
      ko: 'Logger 대신 console.log로 JSON을 직접 써서, 줄에 수준(level)이 없고 런타임이 앞에 글을 붙인다',
    },
    failingCheck: 'logs-json-lines',
    patch: [
      {
        file: handler,
        find: "    logger.info('checkout', { cartId: event.cartId, total, itemCount });",
        replace:
          "    console.log(JSON.stringify({ message: 'checkout', cartId: event.cartId, total, itemCount }));",
      },
    ],
  },
  {
    id: 'values-in-the-message',
    mistake: {
      en: 'puts the cart id into the message as well, so no two checkout lines share a message to filter on',
      ko: '메시지에도 cartId를 넣어서, 결제 로그 줄마다 메시지가 달라 메시지로 거를 수 없다',
    },
    failingCheck: 'logs-json-lines',
    patch: [
      {
        file: handler,
        find: "logger.info('checkout', {",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        replace: 'logger.info(`checkout ${event.cartId}`, {',
      },
    ],
  },
  {
    id: 'error-text-as-message',
    mistake: {
      en: "logs the error's own text as the message instead of checkout failed",
      ko: '메시지를 checkout failed가 아니라 오류 문장 그대로 쓴다',
    },
    failingCheck: 'logs-errors',
    patch: [
      {
        file: handler,
        find: "logger.error('checkout failed', {",
        replace: 'logger.error(String(error), {',
      },
    ],
  },
  {
    id: 'no-lambda-context',
    mistake: {
      en: 'never adds the Lambda context to the logger, so the lines carry no request id',
      ko: 'Logger에 Lambda 컨텍스트를 넣지 않아서 로그 줄에 요청 ID가 없다',
    },
    failingCheck: 'logs-request-context',
    patch: [{ file: handler, find: '  logger.addContext(context);\n', replace: '' }],
  },
  {
    id: 'swallows-the-error',
    mistake: {
      en: 'logs the error and returns it as a result, so the invocation succeeds and Errors never rises',
      ko: '오류를 로그에 남긴 뒤 결과로 돌려줘서, 호출이 성공하고 Errors 지표가 오르지 않는다',
    },
    failingCheck: 'logs-errors',
    patch: [
      {
        file: handler,
        find: '    throw error;',
        replace: '    return { cartId: event?.cartId, error: String(error) };',
      },
    ],
  },
  {
    id: 'items-counted-by-line',
    mistake: {
      en: 'counts ItemsSold by cart lines instead of by quantity',
      ko: 'ItemsSold를 수량이 아니라 장바구니 줄 수로 센다',
    },
    failingCheck: 'emf-metrics',
    patch: [
      {
        file: handler,
        find: "metrics.addMetric('ItemsSold', MetricUnit.Count, itemCount);",
        replace: "metrics.addMetric('ItemsSold', MetricUnit.Count, event.items.length);",
      },
    ],
  },
  {
    id: 'publishes-only-on-success',
    mistake: {
      en: 'flushes the metrics at the end of the try block only, so a failed checkout publishes nothing',
      ko: '지표를 try 블록 끝에서만 내보내서, 실패한 결제는 아무 지표도 내보내지 않는다',
    },
    failingCheck: 'failure-metric',
    patch: [
      {
        file: handler,
        find: '  } finally {\n    metrics.publishStoredMetrics();\n  }\n',
        replace: '  }\n',
      },
      {
        file: handler,
        find: '    return { cartId: event.cartId, total };',
        replace: '    metrics.publishStoredMetrics();\n    return { cartId: event.cartId, total };',
      },
    ],
  },
  {
    id: 'metrics-created-per-invocation',
    mistake: {
      en: 'creates a new Metrics inside the handler, so every invocation reports a cold start',
      ko: '핸들러 안에서 Metrics를 새로 만들어서, 호출마다 콜드 스타트로 센다',
    },
    failingCheck: 'cold-start-metric',
    patch: [
      {
        file: handler,
        find: "import { MetricUnit } from '@aws-lambda-powertools/metrics';",
        replace: "import { MetricUnit, Metrics } from '@aws-lambda-powertools/metrics';",
      },
      {
        file: handler,
        find: "import { logger, metrics } from './observability.ts';",
        replace: "import { logger } from './observability.ts';",
      },
      {
        file: handler,
        find: '  logger.addContext(context);\n',
        replace: '  logger.addContext(context);\n  const metrics = new Metrics();\n',
      },
    ],
  },
  {
    id: 'log-group-without-retention',
    mistake: {
      en: 'creates the log group but keeps its logs for ever (no RetentionInDays)',
      ko: '로그 그룹은 만들지만 보존 기간(RetentionInDays)을 두지 않아 로그를 영원히 보관한다',
    },
    failingCheck: 'log-retention',
    patch: [
      {
        file: template,
        find: '    Properties:\n      RetentionInDays: 30\n',
        replace: '    Properties:\n      LogGroupClass: STANDARD\n',
      },
    ],
  },
  {
    id: 'alarm-on-invocations',
    mistake: {
      en: 'puts the alarm on the Invocations metric instead of Errors',
      ko: '경보를 Errors가 아니라 Invocations 지표에 건다',
    },
    failingCheck: 'errors-alarm',
    patch: [{ file: template, find: 'MetricName: Errors', replace: 'MetricName: Invocations' }],
  },
  {
    id: 'alarm-on-average',
    mistake: {
      en: 'alarms on the Average of Errors, which stays below 1 while a few invocations in many fail',
      ko: 'Errors의 평균(Average)에 경보를 걸어서, 여러 호출 중 몇 개만 실패하면 1에 닿지 않는다',
    },
    failingCheck: 'errors-alarm',
    patch: [{ file: template, find: 'Statistic: Sum', replace: 'Statistic: Average' }],
  },
]);
