import { LAST_CHECKED } from './checked.ts';
import {
  destinationsPost,
  durableConceptsPage,
  httpApiQuotasPage,
  hyperplanePost,
  imageHandlerRenameSource,
  imageServiceSource,
  lambdaVmInfo,
  managedInstancesRuntimesPage,
  recursionPage,
  recursionS3Announcement,
  recursionSqsSnsAnnouncement,
  restApiTimeoutAnnouncement,
  snapStartJavaAnnouncement,
  snapStartPage,
  streamingPage,
} from './sources.ts';
import type { Fact } from './types.ts';

const asOf = LAST_CHECKED;

/** What changed since the 2018 slides: when a feature arrived, and what it covers today. */
export const features = {
  hyperplaneEni: {
    value: '2019-09',
    unit: 'date',
    asOf,
    source: hyperplanePost,
    note: {
      ko: 'VPC 함수가 실행 환경마다 ENI를 만들지 않고, 함수를 만들거나 VPC 설정을 바꿀 때 만든 공유 Hyperplane ENI를 쓰기 시작했어요.',
      en: 'VPC functions stopped creating an ENI per execution environment and began sharing Hyperplane ENIs created when the function is created or its VPC settings change.',
    },
  } satisfies Fact<string>,
  destinations: {
    value: '2019-11',
    unit: 'date',
    asOf,
    source: destinationsPost,
  } satisfies Fact<string>,
  snapStart: {
    launch: {
      value: '2022-11',
      unit: 'date',
      asOf,
      source: snapStartJavaAnnouncement,
      note: { ko: '처음에는 Java만 지원했어요.', en: 'Java only at first.' },
    } satisfies Fact<string>,
    runtimes: {
      value: ['Java 11+', 'Python 3.12+', '.NET 8+'],
      unit: 'runtimes',
      asOf,
      source: snapStartPage,
      note: {
        ko: 'Node.js 런타임은 목록에 없어요.',
        en: 'No Node.js runtime is on the list.',
      },
    } satisfies Fact<readonly string[]>,
  },
  responseStreaming: {
    value: '2023-04',
    unit: 'date',
    asOf,
    source: streamingPage,
    note: {
      ko: 'Node.js 관리형 런타임과 사용자 지정 런타임에서 쓸 수 있어요.',
      en: 'Available on the Node.js managed runtimes and on custom runtimes.',
    },
  } satisfies Fact<string>,
  recursionDetection: {
    sqsSns: {
      value: '2023-07',
      unit: 'date',
      asOf,
      source: recursionSqsSnsAnnouncement,
    } satisfies Fact<string>,
    s3: {
      value: '2024-10',
      unit: 'date',
      asOf,
      source: recursionS3Announcement,
    } satisfies Fact<string>,
    maxInvocations: {
      value: 16,
      unit: 'count',
      asOf,
      source: recursionPage,
      note: {
        ko: '같은 이벤트에서 이어진 호출이 이 횟수를 넘으면 Lambda가 다음 호출을 멈추고, DLQ나 실패 대상이 있으면 그리로 보내요.',
        en: 'Once a chain of invocations from the same event goes past this count, Lambda stops the next invocation and sends the event to a DLQ or on-failure destination if one is set.',
      },
    } satisfies Fact<number>,
    services: {
      value: ['Amazon SQS', 'Amazon SNS', 'Amazon S3'],
      unit: 'name',
      asOf,
      source: recursionPage,
      note: {
        ko: '함수가 지원되는 AWS SDK로 쓸 때만 감지돼요. SDK가 추적 헤더를 함께 보내기 때문이에요.',
        en: 'Detected only when the function writes with a supported AWS SDK, which passes the tracing header along.',
      },
    } satisfies Fact<readonly string[]>,
  },
  managedInstances: {
    nodeRuntimes: {
      value: 'Node.js 22+',
      unit: 'name',
      asOf,
      source: managedInstancesRuntimesPage,
      note: {
        ko: '실행 환경 하나가 여러 호출을 동시에 처리해요. 기본 Lambda는 한 번에 하나예요.',
        en: 'One execution environment handles several invocations at once; default Lambda handles one at a time.',
      },
    } satisfies Fact<string>,
  },
  durableFunctions: {
    maxExecution: {
      value: 1,
      unit: 'years',
      asOf,
      source: durableConceptsPage,
      note: {
        ko: '실행 하나의 전체 시간이에요. 호출 한 번은 여전히 함수 제한 시간(최대 15분)을 따라요.',
        en: 'The whole durable execution; each single invocation still has the function timeout (15 minutes at most).',
      },
    } satisfies Fact<number>,
  },
};

/** Services in front of or behind Lambda, as far as the course uses their numbers. */
export const integrations = {
  httpApi: {
    timeout: {
      value: 30,
      unit: 's',
      asOf,
      source: httpApiQuotasPage,
      note: {
        ko: 'HTTP API가 통합의 응답을 기다리는 최대 시간이에요. 늘릴 수 없어요.',
        en: 'The longest an HTTP API waits for its integration; it cannot be raised.',
      },
    } satisfies Fact<number>,
  },
  restApi: {
    timeout: {
      value: 29,
      unit: 's',
      asOf,
      since: '2024-06',
      source: restApiTimeoutAnnouncement,
      note: {
        ko: '기본값이에요. 2024년 6월부터 리전 REST API와 프라이빗 REST API는 할당량 상향을 요청해 늘릴 수 있어요.',
        en: 'The default; since June 2024 Regional and private REST APIs can raise it through a quota increase.',
      },
    } satisfies Fact<number>,
  },
  imageProcessingService2018: {
    memory: { value: 512, unit: 'MB', asOf, source: imageServiceSource } satisfies Fact<number>,
    timeout: { value: 30, unit: 's', asOf, source: imageServiceSource } satisfies Fact<number>,
    imageMagick: {
      value: '6.7.8',
      unit: 'name',
      asOf,
      source: lambdaVmInfo,
      verified: false,
      note: {
        ko: '예전 Amazon Linux 런타임에 미리 설치되어 있던 ImageMagick 버전이에요. 제3자가 런타임 안에서 뽑은 패키지 목록에서 옮겼고, AWS 문서에는 이제 남아 있지 않아요.',
        en: 'The ImageMagick preinstalled on the old Amazon Linux runtimes, from a package listing a third party took inside the runtime; AWS no longer documents it.',
      },
    } satisfies Fact<string>,
    successorName: {
      value: 'Dynamic Image Transformation for Amazon CloudFront',
      unit: 'name',
      asOf,
      source: imageHandlerRenameSource,
      note: {
        ko: '예전 이름은 Serverless Image Handler예요.',
        en: 'Formerly known as Serverless Image Handler.',
      },
    } satisfies Fact<string>,
  },
};
