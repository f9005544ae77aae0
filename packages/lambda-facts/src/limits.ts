import { LAST_CHECKED } from './checked.ts';
import {
  asyncErrorHandlingPage,
  asyncPayloadAnnouncement,
  ephemeralStoragePage,
  invokeApiPage,
  lifecyclePage,
  memoryPage,
  pricingPage2018,
  quotasPage,
  slides2018Source,
  streamingPage,
  timeoutPage,
} from './sources.ts';
import type { Fact } from './types.ts';

const asOf = LAST_CHECKED;

/** Function configuration, deployment and execution limits (default quotas, per function unless noted). */
export const limits = {
  memory: {
    min: { value: 128, unit: 'MB', asOf, source: memoryPage } satisfies Fact<number>,
    max: {
      value: 10_240,
      unit: 'MB',
      asOf,
      since: '2020-12-01',
      source: memoryPage,
      note: {
        ko: '새 계정은 메모리 할당량이 더 낮게 시작하고, 사용량에 따라 AWS가 자동으로 올려요.',
        en: 'New accounts start with a lower memory quota that AWS raises automatically with usage.',
      },
      history: [{ value: 3_008, asOf: '2018-12', source: slides2018Source }],
    } satisfies Fact<number>,
    step: {
      value: 1,
      unit: 'MB',
      asOf,
      since: '2020-12-01',
      source: memoryPage,
      history: [
        {
          value: 64,
          asOf: '2018-12',
          source: pricingPage2018,
          note: {
            ko: '슬라이드가 아니라 2018년 요금 페이지에 있던 값이에요. 메모리는 64MB 단위로 골랐어요.',
            en: 'From the 2018 pricing page, not the slides: memory came in 64 MB steps.',
          },
        },
      ],
    } satisfies Fact<number>,
    default: { value: 128, unit: 'MB', asOf, source: memoryPage } satisfies Fact<number>,
    oneVcpuAt: {
      value: 1_769,
      unit: 'MB',
      asOf,
      source: memoryPage,
      note: {
        ko: 'CPU는 메모리에 비례해서 할당돼요. 1,769MB에서 vCPU 1개 분량을 받아요.',
        en: 'CPU is allocated in proportion to memory; at 1,769 MB a function gets one vCPU.',
      },
    } satisfies Fact<number>,
    maxVcpus: { value: 6, unit: 'vCPU', asOf, source: memoryPage } satisfies Fact<number>,
  },
  timeout: {
    min: { value: 1, unit: 's', asOf, source: timeoutPage } satisfies Fact<number>,
    default: { value: 3, unit: 's', asOf, source: timeoutPage } satisfies Fact<number>,
    max: {
      value: 900,
      unit: 's',
      asOf,
      since: '2018-10-10',
      source: quotasPage,
      note: {
        ko: '2018년 10월에 5분(300초)에서 15분(900초)으로 늘었어요. 슬라이드도 15분이에요.',
        en: 'Raised from 5 minutes (300 s) to 15 minutes (900 s) in October 2018; the slides already say 15 minutes.',
      },
    } satisfies Fact<number>,
    initPhaseMax: {
      value: 10,
      unit: 's',
      asOf,
      source: lifecyclePage,
      note: {
        ko: '온디맨드 함수의 INIT 단계 제한이에요. 넘으면 첫 호출 때 INIT을 다시 시도해요.',
        en: 'The INIT phase limit for on-demand functions; past it, Lambda retries init on the first invocation.',
      },
    } satisfies Fact<number>,
  },
  ephemeralStorage: {
    min: { value: 512, unit: 'MB', asOf, source: ephemeralStoragePage } satisfies Fact<number>,
    default: { value: 512, unit: 'MB', asOf, source: ephemeralStoragePage } satisfies Fact<number>,
    max: {
      value: 10_240,
      unit: 'MB',
      asOf,
      since: '2022-03-24',
      source: ephemeralStoragePage,
      history: [
        {
          value: 512,
          asOf: '2018-12',
          source: slides2018Source,
          note: {
            ko: '2018년에는 /tmp가 512MB로 고정이었어요.',
            en: 'In 2018 /tmp was fixed at 512 MB.',
          },
        },
      ],
    } satisfies Fact<number>,
  },
  payload: {
    synchronousRequest: {
      value: 6,
      unit: 'MB',
      asOf,
      source: invokeApiPage,
      note: {
        ko: '요청과 응답 각각 6MB예요. 요청이 크면 RequestTooLargeException(413)이, 응답이 크면 Function.ResponseSizeTooLarge 오류가 나요.',
        en: 'Each of request and response is limited to 6 MB; a larger request fails with RequestTooLargeException (413), a larger response with Function.ResponseSizeTooLarge.',
      },
    } satisfies Fact<number>,
    synchronousResponse: {
      value: 6,
      unit: 'MB',
      asOf,
      source: invokeApiPage,
    } satisfies Fact<number>,
    asynchronous: {
      value: 1_024,
      unit: 'KB',
      asOf,
      since: '2025-10-24',
      source: asyncPayloadAnnouncement,
      history: [{ value: 256, asOf: '2018-12', source: slides2018Source }],
    } satisfies Fact<number>,
    streamedResponse: {
      value: 200,
      unit: 'MB',
      asOf,
      since: '2025-07-31',
      source: streamingPage,
      note: {
        ko: '처음 6MB는 최대 속도로 보내고, 그 뒤로는 전송 속도가 제한돼요.',
        en: 'The first 6 MB stream at full speed; after that the stream is throttled.',
      },
      history: [
        {
          value: 20,
          asOf: '2025-07',
          source: streamingPage,
          note: {
            ko: '2023년 응답 스트리밍 출시 때부터 2025년 7월까지는 20MB였어요.',
            en: 'From the launch of response streaming in 2023 until July 2025 the limit was 20 MB.',
          },
        },
      ],
    } satisfies Fact<number>,
  },
  invoke: {
    logTail: {
      value: 4,
      unit: 'KB',
      asOf,
      source: invokeApiPage,
      note: {
        ko: 'X-Amz-Log-Type: Tail로 동기 호출하면 실행 로그의 마지막 4KB를 base64로 돌려줘요.',
        en: 'With X-Amz-Log-Type: Tail, a synchronous invocation returns the last 4 KB of the execution log, base64-encoded.',
      },
    } satisfies Fact<number>,
  },
  asyncInvocation: {
    retryAttempts: {
      value: 2,
      unit: 'count',
      asOf,
      source: asyncErrorHandlingPage,
      note: {
        ko: '함수가 오류를 돌려주면 기본으로 두 번 더 실행해요. 0~2회로 줄일 수 있어요.',
        en: 'When the function returns an error, Lambda runs it two more times by default; configurable from 0 to 2.',
      },
    } satisfies Fact<number>,
    firstRetryDelay: {
      value: 60,
      unit: 's',
      asOf,
      source: asyncErrorHandlingPage,
    } satisfies Fact<number>,
    secondRetryDelay: {
      value: 120,
      unit: 's',
      asOf,
      source: asyncErrorHandlingPage,
    } satisfies Fact<number>,
    maxEventAge: {
      value: 21_600,
      unit: 's',
      asOf,
      source: asyncErrorHandlingPage,
      note: {
        ko: '스로틀링(429)이나 시스템 오류(5xx)일 때 이벤트를 큐에 되돌려 기본 6시간까지 다시 시도해요.',
        en: 'On throttling (429) and system errors (5xx) the event goes back to the queue and is retried for up to 6 hours by default.',
      },
    } satisfies Fact<number>,
  },
  deployment: {
    zippedDirectUpload: { value: 50, unit: 'MB', asOf, source: quotasPage } satisfies Fact<number>,
    unzippedWithLayers: { value: 250, unit: 'MB', asOf, source: quotasPage } satisfies Fact<number>,
    containerImage: { value: 10, unit: 'GB', asOf, source: quotasPage } satisfies Fact<number>,
    consoleEditor: { value: 3, unit: 'MB', asOf, source: quotasPage } satisfies Fact<number>,
    codeStoragePerRegion: {
      value: 75,
      unit: 'GB',
      asOf,
      source: quotasPage,
      note: {
        ko: '리전별 .zip 코드와 레이어 저장 공간이에요. 요청하면 테라바이트 단위까지 늘릴 수 있어요.',
        en: 'Storage for .zip code and layers per Region; can be raised to terabytes on request.',
      },
    } satisfies Fact<number>,
  },
  environmentVariables: {
    totalSize: {
      value: 4,
      unit: 'KB',
      asOf,
      source: quotasPage,
      note: {
        ko: '모든 키와 값을 합친 크기예요.',
        en: 'The combined size of all keys and values.',
      },
    } satisfies Fact<number>,
  },
  layers: {
    perFunction: { value: 5, unit: 'count', asOf, source: quotasPage } satisfies Fact<number>,
  },
  execution: {
    fileDescriptors: {
      value: 1_024,
      unit: 'count',
      asOf,
      source: quotasPage,
    } satisfies Fact<number>,
    processesAndThreads: {
      value: 1_024,
      unit: 'count',
      asOf,
      source: quotasPage,
    } satisfies Fact<number>,
  },
};
