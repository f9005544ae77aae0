import { monthlyCost } from '@lab/cost.ts';
import { dec } from '@lab/money.ts';
import { because, check, task } from '@lambda-dojo/check-kit';
import { pricing } from '@lambda-dojo/lambda-facts';
import { expect } from 'vitest';

const x86 = pricing.duration.x86;
const arm = pricing.duration.arm;
const perRequest = dec(pricing.requests.perMillion.value).dividedBy(1_000_000);

/** Compares two amounts exactly, so '0.40' and '0.4' match but '0.30000000000000004' does not. */
function expectUsd(
  actual: unknown,
  expected: string | ReturnType<typeof dec>,
  label: string,
): void {
  expect(typeof actual, `${label} must be a decimal string`).toBe('string');
  let parsed: ReturnType<typeof dec>;
  try {
    parsed = dec(actual as string);
  } catch {
    throw new Error(
      `${label}: '${actual}' is not a plain decimal string (no exponent, no float noise)`,
    );
  }
  expect(
    parsed.compare(expected),
    `${label}: expected ${expected.toString()} but received ${actual}`,
  ).toBe(0);
}

task({ ko: '과제 2: 월 요금', en: 'Task 2: monthly cost' }, () => {
  check(
    'cost-aws-example',
    {
      title: {
        ko: 'AWS 요금 예제(512MB, 300만 회, 1초)를 오늘 요금으로 계산해요',
        en: 'prices the AWS example (512 MB, 3 million runs of 1 s) at today’s rates',
      },
      points: 10,
      hints: {
        ko: [
          'GB-초 = 메모리(GB) × 청구 시간(초) × 호출 수예요. 512MB는 0.5GB이니 1,500,000 GB-초가 나와야 해요.',
          '무료 사용량 400,000 GB-초와 요청 100만 건을 빼고 곱하세요: 1,100,000 × 단가 + 2,000,000 × $0.20/100만. 단가는 pricing.duration.x86.tier1.value예요.',
          'computeUsd는 "18.33337", requestUsd는 "0.4"(또는 "0.40"), totalUsd는 "18.73337"이어야 해요. 2018년 AWS 페이지의 $18.74는 예전 단가 $0.00001667로 계산한 값이에요.',
        ],
        en: [
          'GB-seconds = memory (GB) × billed time (s) × invocations. 512 MB is 0.5 GB, so you should get 1,500,000 GB-s.',
          'Subtract the free 400,000 GB-s and 1 million requests, then multiply: 1,100,000 × rate + 2,000,000 × $0.20 per million. The rate is pricing.duration.x86.tier1.value.',
          'computeUsd must be "18.33337", requestUsd "0.4" (or "0.40"), totalUsd "18.73337". The 2018 AWS page shows $18.74 because it used the older rate of $0.00001667.',
        ],
      },
    },
    () => {
      const cost = monthlyCost({ memoryMb: 512, durationMs: 1_000, invocations: 3_000_000 });
      expectUsd(cost.gbSeconds, dec(1_500_000), 'gbSeconds');
      because(
        {
          ko: 'GB-초는 맞아요. 곱하기 전에 무료 사용량(pricing.freeTier.gbSeconds와 pricing.freeTier.requests)을 빼세요. freeTier의 기본값은 true예요.',
          en: 'The GB-seconds are right. Subtract the free tier (pricing.freeTier.gbSeconds and pricing.freeTier.requests) before multiplying; freeTier defaults to true.',
        },
        () => {
          expectUsd(cost.computeUsd, dec(1_100_000).times(x86.tier1.value), 'computeUsd');
          expectUsd(cost.requestUsd, perRequest.times(2_000_000), 'requestUsd');
        },
      );
      expectUsd(cost.ephemeralStorageUsd, dec(0), 'ephemeralStorageUsd');
      expectUsd(
        cost.totalUsd,
        dec(1_100_000).times(x86.tier1.value).plus(perRequest.times(2_000_000)),
        'totalUsd',
      );
    },
  );

  check(
    'cost-aws-example-2',
    {
      title: {
        ko: '두 번째 AWS 예제(128MB, 3,000만 회, 200ms)가 $11.63으로 나와요',
        en: 'the second AWS example (128 MB, 30 million runs of 200 ms) comes to $11.63',
      },
      points: 4,
      hints: {
        ko: [
          '128MB × 0.2초 × 3,000만 회 = 750,000 GB-초예요. 무료 사용량을 빼면 350,000 GB-초가 남아요.',
          '요청은 2,900만 건이 유료라서 $5.80이에요. 센트로 반올림한 합계가 11.63이 되는지 보세요.',
        ],
        en: [
          '128 MB × 0.2 s × 30 million = 750,000 GB-s; after the free tier 350,000 GB-s remain.',
          '29 million requests are billable: $5.80. Check that the total rounded to cents is 11.63.',
        ],
      },
    },
    () => {
      const cost = monthlyCost({ memoryMb: 128, durationMs: 200, invocations: 30_000_000 });
      expectUsd(cost.requestUsd, dec('5.8'), 'requestUsd');
      expect(dec(cost.totalUsd).round(2).toString(), 'totalUsd rounded to cents').toBe('11.63');
    },
  );

  check(
    'cost-exact-money',
    {
      title: {
        ko: '부동소수점 오차 없이 정확한 10진수 문자열로 계산해요',
        en: 'computes exact decimal strings without floating-point drift',
      },
      points: 5,
      hints: {
        ko: [
          'JavaScript 숫자로 0.2 / 1000000을 계산하면 2e-7처럼 지수 표기가 되거나 끝자리에 오차가 생겨요.',
          'src/money.ts의 dec()와 Decimal을 쓰세요: dec(memoryMb).times(billedMs).dividedBy(1024)... 단가는 문자열 그대로 dec(pricing...value)로 넘기세요.',
        ],
        en: [
          'With JavaScript numbers, 0.2 / 1000000 prints as 2e-7, and sums pick up noise in the last digits.',
          'Use dec() and Decimal from src/money.ts: dec(memoryMb).times(billedMs).dividedBy(1024)... Pass prices in as strings: dec(pricing...value).',
        ],
      },
    },
    () => {
      const cost = monthlyCost({ memoryMb: 128, durationMs: 1, invocations: 1, freeTier: false });
      const compute = dec('0.000125').times(x86.tier1.value);
      expectUsd(cost.gbSeconds, dec('0.000125'), 'gbSeconds');
      expectUsd(cost.computeUsd, compute, 'computeUsd');
      expectUsd(cost.requestUsd, perRequest, 'requestUsd');
      expectUsd(cost.totalUsd, compute.plus(perRequest), 'totalUsd');
    },
  );

  check(
    'cost-free-tier-and-zero',
    {
      title: {
        ko: '무료 사용량 안에서 쓰거나 호출이 0회면 $0이에요',
        en: 'usage inside the free tier and zero invocations cost $0',
      },
      points: 5,
      hints: {
        ko: [
          '무료 사용량보다 적게 쓰면 (사용량 − 무료량)이 음수가 돼요. 음수 요금은 없어요.',
          '빼기 결과를 0과 비교해서 큰 값을 쓰세요(Decimal의 max(0) 또는 Math.max(0, ...)). 호출이 0회면 모든 금액이 "0"이에요.',
        ],
        en: [
          'Below the free tier, (usage − free allowance) goes negative. There is no negative charge.',
          'Take the larger of the difference and 0 (Decimal max(0) or Math.max(0, ...)). With 0 invocations every amount is "0".',
        ],
      },
    },
    () => {
      const small = monthlyCost({ memoryMb: 128, durationMs: 100, invocations: 900_000 });
      expectUsd(small.computeUsd, dec(0), 'computeUsd under the free tier');
      expectUsd(small.requestUsd, dec(0), 'requestUsd under the free tier');
      expectUsd(small.totalUsd, dec(0), 'totalUsd under the free tier');
      const none = monthlyCost({
        memoryMb: 1_024,
        durationMs: 500,
        invocations: 0,
        freeTier: false,
      });
      for (const key of [
        'gbSeconds',
        'computeUsd',
        'requestUsd',
        'ephemeralStorageUsd',
        'totalUsd',
      ] as const) {
        expectUsd(none[key], dec(0), `${key} with 0 invocations`);
      }
      for (const invocations of [-1, 1.5, Number.NaN]) {
        expect(
          () => monthlyCost({ memoryMb: 1_024, durationMs: 500, invocations }),
          `${invocations} invocations`,
        ).toThrow(RangeError);
      }
      expect(
        () => monthlyCost({ memoryMb: 1_024, durationMs: 500, invocations: -1 }),
        'the message shows the value',
      ).toThrow(/-1/);
    },
  );

  check(
    'cost-rounding-and-legacy',
    {
      title: {
        ko: '호출마다 청구 시간을 먼저 올림한 뒤 곱해요(1ms와 100ms 모두)',
        en: 'rounds each invocation’s billed duration up before multiplying (1 ms and 100 ms)',
      },
      points: 4,
      hints: {
        ko: [
          '과금은 호출 한 번마다 올림해요. 평균 0.4ms짜리 100만 번은 1ms × 100만 번으로 청구돼요.',
          '과제 1의 billedDurationMs(durationMs, granularityMs)를 먼저 부르고 그 결과로 GB-초를 계산하세요.',
        ],
        en: [
          'Rounding happens per invocation: a million runs of 0.4 ms bill as a million runs of 1 ms.',
          'Call billedDurationMs(durationMs, granularityMs) from Task 1 first and compute GB-seconds from its result.',
        ],
      },
    },
    () => {
      const fine = monthlyCost({
        memoryMb: 1_024,
        durationMs: 0.4,
        invocations: 1_000_000,
        freeTier: false,
      });
      expectUsd(fine.gbSeconds, dec(1_000), 'gbSeconds at 1 ms');
      const legacy = monthlyCost({
        memoryMb: 1_024,
        durationMs: 120,
        invocations: 1_000,
        freeTier: false,
        granularityMs: 100,
      });
      expectUsd(legacy.gbSeconds, dec(200), 'gbSeconds at 100 ms');
    },
  );

  check(
    'cost-volume-tiers',
    {
      title: {
        ko: '60억 GB-초를 넘는 사용량에 구간 할인 요금을 적용해요',
        en: 'applies the volume tier rates past 6 billion GB-seconds',
      },
      points: 5,
      hints: {
        ko: [
          '구간 요금은 한 달 누적 GB-초에 적용돼요. 60억까지는 기본 요금, 그다음 90억은 할인 요금이에요. durationTiers(architecture)가 구간을 알려줘요.',
          '무료 400,000 GB-초는 첫 구간에서 빠져요. 구간마다 [시작, 끝] 구간과 [무료량, 총사용량]이 겹치는 만큼만 그 구간 단가로 곱하세요.',
        ],
        en: [
          'Tiers apply to the month’s total GB-seconds: the base rate up to 6 billion, a discount for the next 9 billion. durationTiers(architecture) gives the tiers.',
          'The free 400,000 GB-s come out of the first tier. For each tier, charge only where [tier start, tier end] overlaps [free allowance, total usage], at that tier’s rate.',
        ],
      },
    },
    () => {
      // 10 GB-s per invocation; enough invocations that exactly the free allowance spills into tier 2.
      const free = pricing.freeTier.gbSeconds.value;
      const invocations = (x86.tier1UpTo.value + free) / 10;
      const cost = monthlyCost({
        memoryMb: 10_240,
        durationMs: 1_000,
        invocations,
        freeTier: true,
      });
      const expected = dec(x86.tier1UpTo.value)
        .minus(free)
        .times(x86.tier1.value)
        .plus(dec(free).times(x86.tier2.value));
      expectUsd(cost.computeUsd, expected, 'computeUsd across the tier 1 / tier 2 boundary');
      // Exactly at the boundary without free tier: everything at the tier 1 rate.
      const edge = monthlyCost({
        memoryMb: 10_240,
        durationMs: 1_000,
        invocations: x86.tier1UpTo.value / 10,
        freeTier: false,
      });
      expectUsd(
        edge.computeUsd,
        dec(x86.tier1UpTo.value).times(x86.tier1.value),
        'computeUsd at the boundary',
      );
    },
  );

  check(
    'cost-arm-and-storage',
    {
      title: {
        ko: 'Arm 요금과 512MB를 넘는 /tmp 요금을 계산해요',
        en: 'prices Arm and /tmp above 512 MB',
      },
      points: 7,
      hints: {
        ko: [
          'Arm(arm64)은 단가도 구간 경계도 달라요: durationTiers("arm64"). /tmp는 512MB까지 무료이고 넘는 부분만 GB-초로 청구돼요.',
          '/tmp 요금 = (ephemeralStorageMb − 512) / 1024 × 청구 시간(초) × 호출 수 × pricing.ephemeralStorage.perGbSecond.value. /tmp에는 무료 사용량이 없어요.',
        ],
        en: [
          'Arm (arm64) has its own rates and tier boundaries: durationTiers("arm64"). /tmp is free up to 512 MB; only the part above is billed per GB-second.',
          '/tmp charge = (ephemeralStorageMb − 512) / 1024 × billed seconds × invocations × pricing.ephemeralStorage.perGbSecond.value. The free tier does not cover /tmp.',
        ],
      },
    },
    () => {
      const cost = monthlyCost({
        memoryMb: 2_048,
        durationMs: 1_000,
        invocations: 3_000_000,
        architecture: 'arm64',
        ephemeralStorageMb: 10_240,
        freeTier: false,
      });
      expectUsd(cost.computeUsd, dec(6_000_000).times(arm.tier1.value), 'computeUsd on arm64');
      expectUsd(
        cost.ephemeralStorageUsd,
        dec(28_500_000).times(pricing.ephemeralStorage.perGbSecond.value),
        'ephemeralStorageUsd for 10,240 MB',
      );
      expectUsd(
        cost.totalUsd,
        dec(6_000_000)
          .times(arm.tier1.value)
          .plus(perRequest.times(3_000_000))
          .plus(dec(28_500_000).times(pricing.ephemeralStorage.perGbSecond.value)),
        'totalUsd',
      );
    },
  );
});
