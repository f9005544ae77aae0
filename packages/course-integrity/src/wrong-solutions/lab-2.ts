import { defineFixtures } from './define-fixtures.ts';

export const lab2 = defineFixtures('lab-2', {
  billing: 'src/billing.ts',
  cost: 'src/cost.ts',
  limits: 'src/limits.ts',
  tuning: 'src/power-tuning.ts',
})(({ billing, cost, limits, tuning }) => [
  {
    id: 'typed-memory-maximum',
    mistake: {
      en: 'types the memory maximum 10240 instead of reading it from lambda-facts',
      ko: '메모리 최댓값 10240을 lambda-facts에서 읽지 않고 코드에 직접 적는다',
    },
    failingCheck: 'config-valid-and-ranges',
    patch: [{ file: limits, find: 'limits.memory.max.value', replace: '10240' }],
  },
  {
    id: 'typed-async-limit',
    mistake: {
      en: 'types the Event payload limit as 1 MB (1048576) instead of reading it from lambda-facts',
      ko: 'Event 호출의 페이로드 한도를 lambda-facts에서 읽지 않고 1MB(1048576)로 적는다',
    },
    failingCheck: 'invocation-payload-per-type',
    patch: [{ file: limits, find: 'toBytes(limits.payload.asynchronous)', replace: '1048576' }],
  },
  {
    id: 'rounds-to-nearest',
    mistake: {
      en: 'rounds the duration to the nearest unit instead of up',
      ko: '실행 시간을 올림하지 않고 반올림한다',
    },
    failingCheck: 'billed-duration-100ms',
    patch: [
      {
        file: billing,
        find: 'Math.ceil(measuredMs / granularityMs)',
        replace: 'Math.round(measuredMs / granularityMs)',
      },
    ],
  },
  {
    id: 'zero-bills-nothing',
    mistake: {
      en: 'bills 0 ms for a 0 ms run instead of one unit',
      ko: '0ms 실행을 최소 한 단위가 아니라 0ms로 청구한다',
    },
    failingCheck: 'billed-duration-1ms',
    patch: [
      {
        file: billing,
        find: 'Math.max(granularityMs, Math.ceil(measuredMs / granularityMs) * granularityMs)',
        replace: 'Math.ceil(measuredMs / granularityMs) * granularityMs',
      },
    ],
  },
  {
    id: 'accepts-negative-duration',
    mistake: {
      en: 'accepts a negative duration instead of throwing a RangeError',
      ko: '음수 실행 시간을 RangeError 없이 받아들인다',
    },
    failingCheck: 'billed-duration-rejects-bad-input',
    patch: [
      {
        file: billing,
        find: 'if (!Number.isFinite(measuredMs) || measuredMs < 0) {',
        replace: 'if (!Number.isFinite(measuredMs)) {',
      },
    ],
  },
  {
    id: 'no-volume-tiers',
    mistake: {
      en: 'prices every GB-second at the first tier, ignoring the volume discounts',
      ko: '구간 할인을 무시하고 모든 GB-초를 첫 구간 가격으로 계산한다',
    },
    failingCheck: 'cost-volume-tiers',
    patch: [
      {
        file: cost,
        find: '    if (tier.upToGbSeconds === null) break;\n',
        replace: '    break;\n',
      },
      {
        file: cost,
        find: 'tier.upToGbSeconds === null ? gbSeconds : dec(tier.upToGbSeconds).min(gbSeconds)',
        replace: 'gbSeconds',
      },
    ],
  },
  {
    id: 'free-tier-off-the-top-tier',
    mistake: {
      en: 'takes the free GB-seconds out of the last tier instead of the first',
      ko: '무료 GB-초를 첫 구간이 아니라 마지막 구간에서 뺀다',
    },
    failingCheck: 'cost-volume-tiers',
    patch: [
      {
        file: cost,
        find: 'const charged = tierEnd.minus(tierStart.max(free));',
        replace:
          'const charged = tierEnd.minus(tierStart).minus(tier.upToGbSeconds === null ? free : 0).max(0);',
      },
    ],
  },
  {
    id: 'float-request-price',
    mistake: {
      en: 'computes the request charge with floating-point numbers',
      ko: '요청 요금을 부동소수점 숫자로 계산한다',
    },
    failingCheck: 'cost-exact-money',
    patch: [
      {
        file: cost,
        find: `  const requests = dec(billableRequests)
    .times(pricing.requests.perMillion.value)
    .dividedBy(1_000_000);`,
        replace: `  const requests = dec(
    String(billableRequests * (Number(pricing.requests.perMillion.value) / 1_000_000)),
  );`,
      },
    ],
  },
  {
    id: 'free-tier-covers-storage',
    mistake: {
      en: 'charges /tmp for all of its size, not only what is above the included 512 MB',
      ko: '/tmp 요금을 포함된 512MB를 넘는 부분이 아니라 전체 크기에 매긴다',
    },
    failingCheck: 'cost-arm-and-storage',
    patch: [
      {
        file: cost,
        find: 'Math.max(0, ephemeralStorageMb - pricing.ephemeralStorage.includedMb.value)',
        replace: 'ephemeralStorageMb',
      },
    ],
  },
  {
    id: 'env-counts-characters',
    mistake: {
      en: 'measures the environment variables in characters instead of UTF-8 bytes',
      ko: '환경 변수 크기를 UTF-8 바이트가 아니라 글자 수로 잰다',
    },
    failingCheck: 'config-environment-bytes',
    patch: [
      {
        file: limits,
        find: 'sum + encoder.encode(key).length + encoder.encode(String(value)).length',
        replace: 'sum + key.length + String(value).length',
      },
    ],
  },
  {
    id: 'first-violation-only',
    mistake: {
      en: 'reports only the first broken limit',
      ko: '어긴 제한을 첫 번째 하나만 알린다',
    },
    failingCheck: 'config-every-violation',
    patch: [
      {
        file: limits,
        find: '  return violations;\n}\n\n/** Every payload',
        replace: '  return violations.slice(0, 1);\n}\n\n/** Every payload',
      },
    ],
  },
  {
    id: 'budget-exclusive',
    mistake: {
      en: 'leaves out an option that costs exactly the budget',
      ko: '예산과 정확히 같은 비용의 설정을 빼 버린다',
    },
    failingCheck: 'tuning-fastest-within-budget',
    patch: [
      {
        file: tuning,
        find: '.filter((o) => dec(o.costPerMillionUsd).compare(budget) <= 0)',
        replace: '.filter((o) => dec(o.costPerMillionUsd).compare(budget) < 0)',
      },
    ],
  },
  {
    id: 'cheapest-by-memory',
    mistake: {
      en: 'picks the smallest memory as the cheapest, without pricing the options',
      ko: '비용을 계산하지 않고 메모리가 가장 작은 설정을 가장 싸다고 고른다',
    },
    failingCheck: 'tuning-cheapest',
    patch: [
      {
        file: tuning,
        find: `      dec(a.costPerMillionUsd).compare(b.costPerMillionUsd) ||
      a.durationMs - b.durationMs ||
      a.memoryMb - b.memoryMb,
  )[0];`,
        replace: `      a.memoryMb - b.memoryMb,
  )[0];`,
      },
    ],
  },
]);
