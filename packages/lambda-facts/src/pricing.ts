import { LAST_CHECKED } from './checked.ts';
import {
  initBillingPost,
  oneMsBillingAnnouncement,
  pricingPage,
  pricingPage2018,
  thirdPartyTierRates,
  tieredPricingPost,
} from './sources.ts';
import type { Fact } from './types.ts';

const asOf = LAST_CHECKED;

const thirdPartyRate = {
  ko: '제3자 정리본에서 옮긴 값이에요. AWS 블로그의 할인율(10%, 20%)과는 맞지만 AWS 요금표에서 직접 확인하지는 못했어요.',
  en: 'Taken from a third-party transcription; it matches the 10%/20% discounts in the AWS blog post but was not read from the AWS rate table itself.',
};

/**
 * On-demand pricing in US East (N. Virginia). Prices are exact decimal strings in USD
 * so consumers can do money math without floating-point drift.
 */
export const pricing = {
  region: { value: 'us-east-1', unit: 'region', asOf, source: pricingPage } satisfies Fact<string>,
  requests: {
    perMillion: {
      value: '0.20',
      unit: 'USD per 1M requests',
      asOf,
      source: pricingPage,
      note: {
        ko: '2018년과 같아요. 슬라이드의 "요청 1백만 건당 $0.2"도 이 값이에요.',
        en: 'Unchanged since 2018; the slides\' "$0.2 per million requests" is this value.',
      },
    } satisfies Fact<string>,
  },
  duration: {
    x86: {
      tier1: {
        value: '0.0000166667',
        unit: 'USD per GB-s',
        asOf,
        source: pricingPage,
        note: {
          ko: '매달 첫 60억 GB-초까지의 기본 요금이에요.',
          en: 'The base rate for the first 6 billion GB-seconds each month.',
        },
        history: [{ value: '0.00001667', asOf: '2018-12', source: pricingPage2018 }],
      } satisfies Fact<string>,
      tier1UpTo: {
        value: 6_000_000_000,
        unit: 'GB-s',
        asOf,
        since: '2022-08-01',
        source: tieredPricingPost,
      } satisfies Fact<number>,
      tier2: {
        value: '0.000015',
        unit: 'USD per GB-s',
        asOf,
        since: '2022-08-01',
        source: thirdPartyTierRates,
        verified: false,
        note: thirdPartyRate,
      } satisfies Fact<string>,
      tier2UpTo: {
        value: 15_000_000_000,
        unit: 'GB-s',
        asOf,
        since: '2022-08-01',
        source: tieredPricingPost,
      } satisfies Fact<number>,
      tier3: {
        value: '0.0000133334',
        unit: 'USD per GB-s',
        asOf,
        since: '2022-08-01',
        source: thirdPartyTierRates,
        verified: false,
        note: thirdPartyRate,
      } satisfies Fact<string>,
    },
    arm: {
      tier1: {
        value: '0.0000133334',
        unit: 'USD per GB-s',
        asOf,
        since: '2021-09-29',
        source: pricingPage,
        note: {
          ko: 'Graviton2(arm64) 기본 요금이에요. 2018년에는 Arm 함수가 없었어요.',
          en: 'The Graviton2 (arm64) base rate; Arm functions did not exist in 2018.',
        },
      } satisfies Fact<string>,
      tier1UpTo: {
        value: 7_500_000_000,
        unit: 'GB-s',
        asOf,
        since: '2022-08-01',
        source: tieredPricingPost,
      } satisfies Fact<number>,
      tier2: {
        value: '0.0000120001',
        unit: 'USD per GB-s',
        asOf,
        since: '2022-08-01',
        source: thirdPartyTierRates,
        verified: false,
        note: thirdPartyRate,
      } satisfies Fact<string>,
      tier2UpTo: {
        value: 18_750_000_000,
        unit: 'GB-s',
        asOf,
        since: '2022-08-01',
        source: tieredPricingPost,
      } satisfies Fact<number>,
      tier3: {
        value: '0.0000106667',
        unit: 'USD per GB-s',
        asOf,
        since: '2022-08-01',
        source: tieredPricingPost,
        verified: false,
        note: {
          ko: 'AWS 블로그의 "기본 요금에서 20% 할인"을 계산한 값이에요(0.0000133334 × 0.8, 소수 10자리 반올림).',
          en: 'Derived from the AWS blog\'s "20% off the base rate" (0.0000133334 × 0.8, rounded to 10 decimal places).',
        },
      } satisfies Fact<string>,
    },
  },
  freeTier: {
    requests: {
      value: 1_000_000,
      unit: 'requests',
      asOf,
      source: pricingPage,
      note: {
        ko: '매달 제공되고 기한이 없어요. x86과 Arm 사용량을 합쳐서 적용해요.',
        en: 'Every month, with no expiry; shared by x86 and Arm usage.',
      },
    } satisfies Fact<number>,
    gbSeconds: {
      value: 400_000,
      unit: 'GB-s',
      asOf,
      source: pricingPage,
      note: {
        ko: '매달 제공되고 기한이 없어요. x86과 Arm 사용량을 합쳐서 적용해요.',
        en: 'Every month, with no expiry; shared by x86 and Arm usage.',
      },
    } satisfies Fact<number>,
  },
  ephemeralStorage: {
    perGbSecond: {
      value: '0.0000000309',
      unit: 'USD per GB-s',
      asOf,
      since: '2022-03-24',
      source: pricingPage,
      verified: false,
      note: {
        ko: '512MB를 넘게 설정한 부분에만 붙어요. 요금은 제3자 정리본에서 옮긴 값이라 AWS 요금표로 다시 확인해야 해요.',
        en: 'Charged only for storage configured above 512 MB. The rate comes from a third-party transcription and still needs checking against the AWS rate table.',
      },
    } satisfies Fact<string>,
    includedMb: { value: 512, unit: 'MB', asOf, source: pricingPage } satisfies Fact<number>,
  },
  billing: {
    granularity: {
      value: 1,
      unit: 'ms',
      asOf,
      since: '2020-12-01',
      source: oneMsBillingAnnouncement,
      note: {
        ko: '실행 시간은 1ms 단위로 올림해서 청구해요. 2018년에는 100ms 단위로 올림했어요.',
        en: 'Duration is rounded up to the nearest 1 ms; in 2018 it was rounded up to the nearest 100 ms.',
      },
      history: [{ value: 100, asOf: '2018-12', source: pricingPage2018 }],
    } satisfies Fact<number>,
    initBilledSince: {
      value: '2025-08-01',
      unit: 'date',
      asOf,
      source: initBillingPost,
      note: {
        ko: '관리형 런타임에서 .zip으로 배포한 온디맨드 함수도 이날부터 INIT 단계 시간을 청구해요. 컨테이너 이미지, 사용자 지정 런타임, 프로비저닝된 동시성은 그전부터 청구했어요.',
        en: 'From this day the INIT phase is billed for on-demand functions packaged as .zip on managed runtimes too; container images, custom runtimes and provisioned concurrency were already billed for it.',
      },
    } satisfies Fact<string>,
  },
};
