import { pricingPage2018, slides2018Source } from './sources.ts';
import type { Bilingual, Source } from './types.ts';

/** The 2018 slides' pricing example, what it claims, and the figures recomputed from the facts. */
export interface PricingExample {
  workload: { memoryMb: number; invocations: number; durationMs: number };
  source: Source;
  /** The example AWS published with the same workload in 2018 (pricing page, Example 1). */
  reference: Source;
  /** What the slides say, digit for digit (USD). */
  claimed: {
    pricePer100msAt128Mb: string;
    pricePer100msAt512Mb: string;
    computeUsd: string;
    requestPricePerMillionUsd: string;
    totalWithoutFreeTierUsd: string;
    totalWithFreeTierUsd: string;
  };
  /** Exact figures (unrounded USD) recomputed from `pricing` and its 2018 history. */
  corrected: {
    gbSeconds: string;
    /** With the 2018 rate of $0.00001667 per GB-s and 100 ms rounding (1 s is already a multiple). */
    rates2018: {
      computeUsd: string;
      computeFromRoundedTablePriceUsd: string;
      requestsUsd: string;
      totalWithoutFreeTierUsd: string;
      computeWithFreeTierUsd: string;
      requestsWithFreeTierUsd: string;
      totalWithFreeTierUsd: string;
    };
    /** With today's first-tier x86 rate and 1 ms billing. */
    now: {
      computeUsd: string;
      requestsUsd: string;
      totalWithoutFreeTierUsd: string;
      computeWithFreeTierUsd: string;
      requestsWithFreeTierUsd: string;
      totalWithFreeTierUsd: string;
    };
  };
  discrepancies: readonly Bilingual[];
}

export const slides2018 = {
  pricingExample: {
    workload: { memoryMb: 512, invocations: 3_000_000, durationMs: 1_000 },
    source: slides2018Source,
    reference: pricingPage2018,
    claimed: {
      pricePer100msAt128Mb: '0.000000208',
      pricePer100msAt512Mb: '0.000000834',
      computeUsd: '25.02',
      requestPricePerMillionUsd: '0.2',
      totalWithoutFreeTierUsd: '25.62',
      totalWithFreeTierUsd: '18.34',
    },
    corrected: {
      gbSeconds: '1500000',
      rates2018: {
        computeUsd: '25.005',
        computeFromRoundedTablePriceUsd: '25.02',
        requestsUsd: '0.6',
        totalWithoutFreeTierUsd: '25.605',
        computeWithFreeTierUsd: '18.337',
        requestsWithFreeTierUsd: '0.4',
        totalWithFreeTierUsd: '18.737',
      },
      now: {
        computeUsd: '25.00005',
        requestsUsd: '0.6',
        totalWithoutFreeTierUsd: '25.60005',
        computeWithFreeTierUsd: '18.33337',
        requestsWithFreeTierUsd: '0.4',
        totalWithFreeTierUsd: '18.73337',
      },
    },
    discrepancies: [
      {
        ko: '"$18.34 (무료 구간 포함)"은 컴퓨팅 요금만이에요. 무료 100만 건을 뺀 200만 건의 요청 요금 $0.40을 더하면 $18.74예요. 2018년 AWS 요금 페이지의 같은 예제도 $18.74예요.',
        en: '"$18.34 with the free tier" is the compute charge alone. Adding the request charge for the 2,000,000 requests beyond the free million ($0.40) gives $18.74, which is also what the 2018 AWS pricing page shows for this example.',
      },
      {
        ko: '$25.02는 100ms당 가격 $0.000000834(반올림된 표 값)로 계산한 값이에요. GB-초 요금 $0.00001667로 계산하면 1,500,000 GB-초 × $0.00001667 = $25.005예요.',
        en: '$25.02 comes from the rounded table price of $0.000000834 per 100 ms. At the GB-second rate it is 1,500,000 GB-s × $0.00001667 = $25.005.',
      },
      {
        ko: '"3,000,000초 × 100ms당 $0.000000834"는 단위가 맞지 않아요. 3,000,000초는 100ms 단위로 30,000,000개라서 30,000,000 × $0.000000834 = $25.02예요.',
        en: '"3,000,000 seconds × $0.000000834 per 100 ms" mixes units: 3,000,000 seconds are 30,000,000 units of 100 ms, and 30,000,000 × $0.000000834 = $25.02.',
      },
      {
        ko: '"요청 1백만 건당 $0.2"는 단가예요. 300만 건이면 $0.60이고, $25.02 + $0.60 = $25.62는 맞아요.',
        en: '"$0.2 per million requests" is the unit price: 3,000,000 requests cost $0.60, and $25.02 + $0.60 = $25.62 is right.',
      },
    ],
  } satisfies PricingExample,
};
