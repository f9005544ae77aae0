import { check, task } from '@lambda-dojo/check-kit';
import {
  asRecord,
  functionProperty,
  readSamTemplate,
  resourcesOfType,
  type SamTemplate,
} from '@lambda-dojo/check-kit/sam-template';
import { eventSources, limits } from '@lambda-dojo/lambda-facts';
import { expect } from 'vitest';

const templateFile = () => `${process.env.LAMBDA_DOJO_SRC_DIR ?? ''}/template.yaml`;
const sqs = eventSources.sqs;

/** The function, its SQS event and the queue that event reads, as the template says them. */
function queueSetup(template: SamTemplate) {
  const functions = resourcesOfType(template, 'AWS::Serverless::Function');
  expect(functions.length, 'AWS::Serverless::Function resources in template.yaml').toBe(1);
  const [, fn] = functions[0] ?? ['', {}];
  const events = Object.values(asRecord(asRecord(fn.Properties).Events)).map(asRecord);
  const event = events.find((e) => e.Type === 'SQS');
  expect(event, 'an event of Type SQS on the function').toBeDefined();
  const properties = asRecord(event?.Properties);
  const queueRef = asRecord(properties.Queue)['Fn::GetAtt'] as unknown[] | undefined;
  expect(queueRef?.[1], 'the SQS event’s Queue, as !GetAtt <Queue>.Arn').toBe('Arn');
  const queueId = String(queueRef?.[0]);
  const queue = asRecord(asRecord(template.data.Resources)[queueId]);
  expect(queue.Type, `the type of ${queueId}, the queue the function reads`).toBe(
    'AWS::SQS::Queue',
  );
  return { template, fn, event: properties, queueId, queue: asRecord(queue.Properties) };
}

const setup = () => queueSetup(readSamTemplate(templateFile()));

task(
  {
    ko: '과제 4: 큐, 배달 못 한 편지 대기열, 표시 제한 시간을 템플릿에 쓰기',
    en: 'Task 4: the queue, its dead-letter queue and its visibility timeout in the template',
  },
  () => {
    check(
      'dead-letter-queue',
      {
        title: {
          ko: '함수가 읽는 큐에 RedrivePolicy가 있어 여러 번 실패한 메시지를 템플릿의 다른 큐(배달 못 한 편지 대기열)로 옮겨요',
          en: 'the queue the function reads has a RedrivePolicy that moves a message after several failed receives to another queue of the template (its dead-letter queue)',
        },
        points: 10,
        hints: {
          ko: [
            '처리할 수 없는 메시지(독이 든 메시지)는 계속 다시 와서 큐를 막아요. 몇 번 받은 뒤에는 배달 못 한 편지 대기열(DLQ)로 옮겨 따로 살펴보게 하세요.',
            'AWS::SQS::Queue를 하나 더 만들고, 주문 큐의 Properties에 RedrivePolicy: { deadLetterTargetArn: !GetAtt OrderDeadLetterQueue.Arn, maxReceiveCount: 5 }를 쓰세요. maxReceiveCount가 1이면 일시적인 오류에도 바로 옮겨져요.',
          ],
          en: [
            'A message that can never be processed (a poison message) keeps coming back and clogs the queue. After a few receives, move it to a dead-letter queue (DLQ) to look at on its own.',
            'Add a second AWS::SQS::Queue, and give the order queue RedrivePolicy: { deadLetterTargetArn: !GetAtt OrderDeadLetterQueue.Arn, maxReceiveCount: 5 }. With maxReceiveCount 1, a passing error moves a message at once.',
          ],
        },
      },
      async () => {
        const { template, queueId, queue } = setup();
        const redrive = asRecord(queue.RedrivePolicy);
        const target = asRecord(redrive.deadLetterTargetArn)['Fn::GetAtt'] as unknown[] | undefined;
        expect(target?.[1], 'deadLetterTargetArn, as !GetAtt <Queue>.Arn').toBe('Arn');
        const dlqId = String(target?.[0]);
        expect(dlqId, 'the dead-letter queue is another queue').not.toBe(queueId);
        expect(
          asRecord(asRecord(template.data.Resources)[dlqId]).Type,
          `the type of ${dlqId}`,
        ).toBe('AWS::SQS::Queue');
        const receives = Number(redrive.maxReceiveCount);
        expect(Number.isInteger(receives), 'maxReceiveCount is a whole number').toBe(true);
        expect(receives, 'maxReceiveCount (receives before the move)').toBeGreaterThan(1);
      },
    );

    check(
      'visibility-timeout',
      {
        title: {
          ko: `큐의 표시 제한 시간(VisibilityTimeout)이 함수 제한 시간의 ${sqs.visibilityTimeoutFactor.value}배 이상이에요 (AWS 권장)`,
          en: `the queue’s VisibilityTimeout is at least ${sqs.visibilityTimeoutFactor.value} times the function timeout (as AWS advises)`,
        },
        points: 10,
        hints: {
          ko: [
            `Lambda가 배치를 받으면 그 메시지들은 표시 제한 시간 동안 큐에서 안 보여요. 이 시간이 함수 제한 시간보다 짧으면 처리 중인 메시지가 다시 배달돼요. AWS는 스로틀링 뒤 재시도할 여유까지 두어 함수 제한 시간의 ${sqs.visibilityTimeoutFactor.value}배 이상을 권해요.`,
            `함수의 Timeout(없으면 Globals.Function.Timeout, 둘 다 없으면 기본값 ${limits.timeout.default.value}초)을 정하고, 큐의 VisibilityTimeout을 그 ${sqs.visibilityTimeoutFactor.value}배 이상으로 쓰세요. 예: Timeout: 20이면 VisibilityTimeout: 120. SQS의 기본값 30초로는 부족해요.`,
          ],
          en: [
            `Once Lambda takes a batch, its messages stay hidden in the queue for the visibility timeout. Shorter than the function timeout, and messages still being processed are delivered again. AWS advises at least ${sqs.visibilityTimeoutFactor.value} times the function timeout, to leave room for retries after throttling.`,
            `Set the function’s Timeout (else Globals.Function.Timeout; with neither it is ${limits.timeout.default.value} s), and write the queue’s VisibilityTimeout as at least ${sqs.visibilityTimeoutFactor.value} times it: Timeout: 20 gives VisibilityTimeout: 120. SQS’s default of 30 s is not enough.`,
          ],
        },
      },
      async () => {
        const { template, fn, queue } = setup();
        const timeout = Number(
          functionProperty(template, fn, 'Timeout') ?? limits.timeout.default.value,
        );
        expect(Number.isFinite(timeout), 'the function Timeout is a number').toBe(true);
        const visibility = Number(queue.VisibilityTimeout ?? Number.NaN);
        expect(Number.isFinite(visibility), 'the queue sets VisibilityTimeout').toBe(true);
        expect(
          visibility,
          `VisibilityTimeout for a function Timeout of ${timeout} s`,
        ).toBeGreaterThanOrEqual(sqs.visibilityTimeoutFactor.value * timeout);
      },
    );

    check(
      'reports-batch-item-failures',
      {
        title: {
          ko: 'SQS 이벤트가 FunctionResponseTypes에 ReportBatchItemFailures를 켜고, BatchSize는 허용 범위 안이에요',
          en: 'the SQS event turns on ReportBatchItemFailures in FunctionResponseTypes, and its BatchSize is within bounds',
        },
        points: 5,
        hints: {
          ko: [
            '핸들러가 batchItemFailures를 돌려줘도 이벤트 소스 매핑에서 켜지 않으면 Lambda는 그 응답을 무시해요. 그러면 성공한 호출의 메시지는 실패한 것까지 모두 지워져요.',
            `SQS 이벤트의 Properties에 FunctionResponseTypes: [ReportBatchItemFailures]를 쓰세요. BatchSize는 1에서 ${sqs.batchSizeMaxStandard.value.toLocaleString('ko-KR')} 사이이고(기본 ${sqs.batchSizeDefault.value}), 10보다 크면 MaximumBatchingWindowInSeconds도 정해야 해요.`,
          ],
          en: [
            'Even when the handler returns batchItemFailures, Lambda ignores them unless the event source mapping turns them on. Then a successful invocation deletes all its messages, the failed ones too.',
            `Write FunctionResponseTypes: [ReportBatchItemFailures] in the SQS event’s Properties. BatchSize is between 1 and ${sqs.batchSizeMaxStandard.value.toLocaleString('en-US')} (default ${sqs.batchSizeDefault.value}); above 10 it needs MaximumBatchingWindowInSeconds too.`,
          ],
        },
      },
      async () => {
        const { event } = setup();
        expect(event.FunctionResponseTypes, 'FunctionResponseTypes of the SQS event').toContain(
          'ReportBatchItemFailures',
        );
        const size = Number(event.BatchSize ?? sqs.batchSizeDefault.value);
        expect(Number.isInteger(size) && size >= 1, `BatchSize ${size} is a whole number`).toBe(
          true,
        );
        expect(size, 'BatchSize').toBeLessThanOrEqual(sqs.batchSizeMaxStandard.value);
        if (size > 10) {
          expect(
            Number(event.MaximumBatchingWindowInSeconds ?? 0),
            'MaximumBatchingWindowInSeconds for a BatchSize above 10',
          ).toBeGreaterThanOrEqual(1);
        }
      },
    );
  },
);
