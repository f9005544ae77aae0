import { LAST_CHECKED } from './checked.ts';
import { sqsBatchParametersPage, sqsEventSourcePage } from './sources.ts';
import type { Fact } from './types.ts';

// Read on the AWS pages below on 2026-12-01; the schema test bounds asOf by LAST_CHECKED,
// which this group does not move for the others (the site shows it as their date).
const asOf = LAST_CHECKED;

/** How Lambda reads queues and streams through an event source mapping. */
export const eventSources = {
  sqs: {
    visibilityTimeoutFactor: {
      value: 6,
      unit: 'count',
      asOf,
      source: sqsEventSourcePage,
      note: {
        ko: '큐의 표시 제한 시간(visibility timeout)을 함수 제한 시간의 6배 이상으로 두라고 AWS가 권해요. 함수가 스로틀링되면 Lambda가 그 배치를 다시 시도할 시간이 필요해서예요. 함수 제한 시간이 표시 제한 시간보다 길면 이벤트 소스 매핑을 만들 때 오류가 나요.',
        en: 'AWS advises a queue visibility timeout of at least six times the function timeout, so Lambda has time to retry a batch when the function is throttled. A function timeout longer than the visibility timeout is refused when the event source mapping is created.',
      },
    } satisfies Fact<number>,
    batchSizeDefault: {
      value: 10,
      unit: 'count',
      asOf,
      source: sqsBatchParametersPage,
    } satisfies Fact<number>,
    batchSizeMaxStandard: {
      value: 10_000,
      unit: 'count',
      asOf,
      source: sqsBatchParametersPage,
      note: {
        ko: '표준 큐의 최댓값이에요. FIFO 큐는 10이고, 10보다 크게 쓰려면 배치 창(MaximumBatchingWindowInSeconds)도 정해야 해요.',
        en: 'For standard queues; FIFO queues take at most 10, and a batch size above 10 needs a batching window (MaximumBatchingWindowInSeconds) too.',
      },
    } satisfies Fact<number>,
  },
};
