import { check, handlerInvoker, task } from '@lambda-dojo/check-kit';
import { expect } from 'vitest';
import { templateEnvironment } from './support/function-environment.ts';
import { type Delivery, invokeAndRead, metricsIn } from './support/log-records.ts';

const environment = templateEnvironment(`${process.env.LAMBDA_DOJO_SRC_DIR ?? ''}/template.yaml`);
// The mock target runs the handler in this process: give it the template's environment and
// what Lambda sets for an on-demand environment, before the handler (and Powertools) load.
Object.assign(process.env, environment, { AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand' });
const invoke = await handlerInvoker({ entry: 'handler.ts', name: 'checkout', environment });

/** Every invocation of this file, in order: the first one ran in a new execution environment. */
const history: Delivery[] = [];

async function deliver(event: unknown): Promise<Delivery> {
  const delivery = await invokeAndRead(invoke, event);
  history.push(delivery);
  return delivery;
}

const goodCart = (cartId: string) => ({
  cartId,
  items: [
    { sku: 'tteokbokki-kit', price: 8_900, quantity: 2 },
    { sku: 'gochujang-500g', price: 6_500, quantity: 1 },
  ],
});
const emptyCart = (cartId: string) => ({ cartId, items: [] });

const logLines = (d: Delivery) => d.records.json.filter((r) => typeof r.level === 'string');

task({ ko: '과제 1: 구조화된 JSON 로그', en: 'Task 1: structured JSON logs' }, () => {
  check(
    'logs-json-lines',
    {
      title: {
        ko: '결제가 끝나면 평문이 아니라 메시지가 checkout인 JSON 한 줄로 로그를 쓰고, cartId, total, itemCount를 각각의 키로 담아요',
        en: 'logs a finished checkout as one JSON line, not plain text, with the message checkout and cartId, total and itemCount as keys of their own',
      },
      points: 20,
      hints: {
        ko: [
          'console.log("cart " + cartId + " total " + total) 같은 평문은 CloudWatch Logs Insights에서 total로 거르거나 더할 수 없어요. 값마다 키가 있는 JSON 한 줄로 쓰세요. 메시지는 줄마다 같은 글(checkout)이어야 filter message = "checkout"으로 모든 결제를 찾을 수 있어요. 값은 메시지에 넣지 말고 키에 넣으세요.',
          'observability.ts에서 new Logger()를 만들고, 핸들러에서 logger.info("checkout", { cartId, total, itemCount })로 쓰세요. console.log는 지우세요.',
        ],
        en: [
          'Plain text such as console.log("cart " + cartId + " total " + total) cannot be filtered or summed by total in CloudWatch Logs Insights. Write one JSON line with a key for each value. The message must be the same text on every line (checkout), so that filter message = "checkout" finds every checkout: values go in their keys, not in the message.',
          'Create a new Logger() in observability.ts and write logger.info("checkout", { cartId, total, itemCount }) in the handler. Remove the console.log.',
        ],
      },
    },
    async () => {
      const delivery = await deliver(goodCart('cart-1001'));
      expect(delivery.invocation.error, 'the handler failed').toBeUndefined();
      expect(delivery.invocation.result, 'the handler’s answer').toEqual({
        cartId: 'cart-1001',
        total: 24_300,
      });
      expect(delivery.records.text, 'plain-text lines in the log').toEqual([]);
      const line = logLines(delivery).find((r) => r.cartId === 'cart-1001');
      expect(line, 'a JSON log line with cartId "cart-1001"').toBeDefined();
      expect(line, 'the checkout log line').toMatchObject({
        level: 'INFO',
        message: 'checkout',
        cartId: 'cart-1001',
        total: 24_300,
        itemCount: 3,
      });
    },
  );

  check(
    'logs-request-context',
    {
      title: {
        ko: '로그 줄마다 서비스 이름(service: checkout), 요청 ID(function_request_id), 콜드 스타트 여부(cold_start)가 들어가요',
        en: 'every log line carries the service name (service: checkout), the request id (function_request_id) and whether it was a cold start (cold_start)',
      },
      points: 10,
      hints: {
        ko: [
          '요청 ID가 있어야 한 호출의 로그를 모아 볼 수 있어요. 서비스 이름은 템플릿의 환경 변수 POWERTOOLS_SERVICE_NAME에서 Logger가 읽어요.',
          '핸들러 맨 앞에서 logger.addContext(context)를 부르세요. 템플릿 함수의 Environment.Variables에 POWERTOOLS_SERVICE_NAME: checkout을 쓰세요.',
        ],
        en: [
          'With the request id you can gather the logs of one invocation. The Logger reads the service name from the template’s POWERTOOLS_SERVICE_NAME environment variable.',
          'Call logger.addContext(context) first thing in the handler. Set POWERTOOLS_SERVICE_NAME: checkout in the function’s Environment.Variables in the template.',
        ],
      },
    },
    async () => {
      const delivery = await deliver(goodCart('cart-2001'));
      const lines = logLines(delivery);
      expect(lines.length, 'JSON log lines of the invocation').toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.service, 'service').toBe('checkout');
        expect(typeof line.function_request_id, 'function_request_id').toBe('string');
        expect(String(line.function_request_id).length, 'function_request_id').toBeGreaterThan(0);
        expect(typeof line.cold_start, 'cold_start').toBe('boolean');
      }
    },
  );

  check(
    'logs-errors',
    {
      title: {
        ko: '결제할 수 없는 장바구니는 메시지가 checkout failed인 ERROR 수준 JSON 로그에 cartId와 오류(error.name, error.message)를 남기고, 호출은 실패해요',
        en: 'for a cart it cannot price, writes an ERROR-level JSON log with the message checkout failed, the cartId and the error (error.name, error.message), and the invocation fails',
      },
      points: 10,
      hints: {
        ko: [
          '오류를 삼키면 Lambda의 Errors 지표가 오르지 않아 경보도 울리지 않아요. 로그를 남긴 뒤 오류를 다시 던지세요. 메시지는 늘 같은 글(checkout failed)로 쓰고, 오류 내용은 error 키에 맡기세요.',
          'catch에서 logger.error("checkout failed", { cartId: event.cartId, error })를 부르고 throw error 하세요. Logger가 error를 name, message, stack 키로 풀어 써요.',
        ],
        en: [
          'Swallow the error and Lambda’s Errors metric never rises, so no alarm goes off. Log it, then throw it again. Keep the message the same text every time (checkout failed) and leave the details to the error key.',
          'In the catch, call logger.error("checkout failed", { cartId: event.cartId, error }) and throw error. The Logger writes the error out as name, message and stack keys.',
        ],
      },
    },
    async () => {
      const delivery = await deliver(emptyCart('cart-3001'));
      expect(delivery.invocation.error?.errorType, 'the invocation’s errorType').toBe(
        'InvalidCartError',
      );
      const line = logLines(delivery).find((r) => r.level === 'ERROR');
      expect(line, 'an ERROR-level JSON log line').toBeDefined();
      expect(line?.message, 'message of the ERROR line').toBe('checkout failed');
      expect(line?.cartId, 'cartId of the ERROR line').toBe('cart-3001');
      expect(line?.error, 'the error in the ERROR line').toMatchObject({
        name: 'InvalidCartError',
        message: expect.stringContaining('cart-3001'),
      });
    },
  );
});

task(
  {
    ko: '과제 2: 임베디드 지표 형식(EMF)으로 지표 쓰기',
    en: 'Task 2: metrics in the Embedded Metric Format (EMF)',
  },
  () => {
    check(
      'emf-metrics',
      {
        title: {
          ko: '결제가 끝나면 EMF로 LambdaDojo 네임스페이스에 OrdersPlaced 1과 ItemsSold(상품 수)를 Count 단위, service 차원으로 써요',
          en: 'after a checkout, writes OrdersPlaced 1 and ItemsSold (the number of items) in EMF, unit Count, in the LambdaDojo namespace with a service dimension',
        },
        points: 20,
        hints: {
          ko: [
            'PutMetricData를 부르지 않아도 돼요. 로그에 EMF 모양의 JSON 한 줄을 쓰면 CloudWatch가 거기서 지표를 뽑아요. Powertools의 Metrics가 그 줄을 만들어요.',
            'observability.ts에서 new Metrics()를 만들고(네임스페이스는 템플릿의 POWERTOOLS_METRICS_NAMESPACE: LambdaDojo), 핸들러에서 metrics.addMetric("OrdersPlaced", MetricUnit.Count, 1), metrics.addMetric("ItemsSold", MetricUnit.Count, itemCount)를 한 뒤 metrics.publishStoredMetrics()로 내보내세요.',
          ],
          en: [
            'No PutMetricData call is needed: write one JSON line shaped as EMF to the log and CloudWatch extracts the metrics from it. Powertools’ Metrics writes that line.',
            'Create a new Metrics() in observability.ts (namespace from the template’s POWERTOOLS_METRICS_NAMESPACE: LambdaDojo); in the handler call metrics.addMetric("OrdersPlaced", MetricUnit.Count, 1) and metrics.addMetric("ItemsSold", MetricUnit.Count, itemCount), then flush with metrics.publishStoredMetrics().',
          ],
        },
      },
      async () => {
        const delivery = await deliver(goodCart('cart-4001'));
        const metrics = metricsIn(delivery.records).filter((m) => m.name !== 'ColdStart');
        expect(
          metrics.map((m) => [m.name, m.value, m.unit]).sort(),
          'metrics written (name, value, unit)',
        ).toEqual([
          ['ItemsSold', 3, 'Count'],
          ['OrdersPlaced', 1, 'Count'],
        ]);
        for (const metric of metrics) {
          expect(metric.namespace, `namespace of ${metric.name}`).toBe('LambdaDojo');
          expect(metric.dimensions, `dimensions of ${metric.name}`).toMatchObject({
            service: 'checkout',
          });
        }
      },
    );

    check(
      'failure-metric',
      {
        title: {
          ko: '결제가 실패해도 CheckoutFailed 1을 EMF로 내보내고, OrdersPlaced는 쓰지 않아요',
          en: 'when a checkout fails, still flushes CheckoutFailed 1 in EMF, and writes no OrdersPlaced',
        },
        points: 10,
        hints: {
          ko: [
            'publishStoredMetrics()를 try 블록 끝에만 두면 오류가 난 호출은 지표를 하나도 내보내지 못해요.',
            'catch에서 metrics.addMetric("CheckoutFailed", MetricUnit.Count, 1)을 하고, publishStoredMetrics()는 finally에서 부르세요.',
          ],
          en: [
            'With publishStoredMetrics() only at the end of the try block, an invocation that fails flushes no metric at all.',
            'In the catch, call metrics.addMetric("CheckoutFailed", MetricUnit.Count, 1), and call publishStoredMetrics() in finally.',
          ],
        },
      },
      async () => {
        const delivery = await deliver(emptyCart('cart-5001'));
        const metrics = metricsIn(delivery.records).filter((m) => m.name !== 'ColdStart');
        expect(
          metrics.map((m) => [m.name, m.value, m.unit, m.namespace]),
          'metrics written (name, value, unit, namespace)',
        ).toEqual([['CheckoutFailed', 1, 'Count', 'LambdaDojo']]);
      },
    );

    check(
      'cold-start-metric',
      {
        title: {
          ko: '새 실행 환경의 첫 호출만 ColdStart 1 지표(function_name 차원)를 쓰고, 로그의 cold_start도 그때만 true예요',
          en: 'only the first invocation in a new execution environment writes a ColdStart 1 metric (with a function_name dimension), and only then is cold_start true in the logs',
        },
        points: 10,
        hints: {
          ko: [
            '콜드 스타트가 얼마나 자주 일어나는지 보려면 지표가 있어야 해요. 실행 환경마다 첫 호출에 한 번만 세요. 모듈 스코프에서 만든 Metrics가 이를 기억해요.',
            '핸들러 앞부분에서 metrics.captureColdStartMetric(context.functionName)을 부르세요. 핸들러 안에서 new Metrics()를 만들면 호출마다 콜드 스타트로 보여요.',
          ],
          en: [
            'To see how often cold starts happen you need a metric: count once per execution environment, at its first invocation. A Metrics created at module scope remembers.',
            'Call metrics.captureColdStartMetric(context.functionName) early in the handler. A new Metrics() inside the handler makes every invocation look cold.',
          ],
        },
      },
      async () => {
        await deliver(goodCart('cart-6001'));
        await deliver(goodCart('cart-6002'));
        const [first, ...later] = history;
        const coldStarts = (d: Delivery) =>
          metricsIn(d.records).filter((m) => m.name === 'ColdStart');
        const [cold] = first ? coldStarts(first) : [];
        expect(cold, 'a ColdStart metric in the first invocation').toBeDefined();
        expect([cold?.value, cold?.unit], 'ColdStart value and unit').toEqual([1, 'Count']);
        expect(typeof cold?.dimensions.function_name, 'the function_name dimension').toBe('string');
        expect(
          later.map((d) => coldStarts(d).length),
          'ColdStart metrics in the later invocations',
        ).toEqual(later.map(() => 0));
        expect(
          first && logLines(first).every((r) => r.cold_start === true),
          'cold_start in the logs of the first invocation',
        ).toBe(true);
        expect(
          later.flatMap(logLines).every((r) => r.cold_start === false),
          'cold_start in the logs of the later ones',
        ).toBe(true);
      },
    );
  },
);
