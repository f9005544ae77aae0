import { monthlyCost } from '@lab/cost.ts';
import {
  cheapest,
  fastestWithinBudget,
  type Measurement,
  priceOptions,
} from '@lab/power-tuning.ts';
import { check, task } from '@lambda-dojo/check-kit';
import { expect } from 'vitest';

/** A CPU-bound function: more memory buys more CPU, until it stops helping. */
const measured: Measurement[] = [
  { memoryMb: 128, durationMs: 1_200 },
  { memoryMb: 256, durationMs: 600 },
  { memoryMb: 512, durationMs: 289.2 },
  { memoryMb: 1_024, durationMs: 160 },
  { memoryMb: 2_048, durationMs: 110 },
  { memoryMb: 3_008, durationMs: 100 },
];

const costOf = (m: Measurement) =>
  monthlyCost({ ...m, invocations: 1_000_000, freeTier: false }).totalUsd;

task({ ko: '과제 4: 파워 튜닝', en: 'Task 4: power tuning' }, () => {
  check(
    'tuning-prices-each-option',
    {
      title: {
        ko: '측정값마다 100만 회 호출 비용(무료 사용량 없이)을 매겨요',
        en: 'prices each measurement for one million invocations without the free tier',
      },
      points: 5,
      hints: {
        ko: [
          '비교 기준은 "100만 회 호출 비용"이에요. 과제 2의 monthlyCost를 그대로 쓰면 계산이 어긋날 일이 없어요.',
          'monthlyCost({ memoryMb, durationMs, invocations: 1_000_000, architecture, freeTier: false }).totalUsd를 costPerMillionUsd에, billedDurationMs(durationMs)를 billedDurationMs에 넣으세요.',
        ],
        en: [
          'The yardstick is "cost of one million invocations". Reusing monthlyCost from Task 2 keeps the two from disagreeing.',
          'Put monthlyCost({ memoryMb, durationMs, invocations: 1_000_000, architecture, freeTier: false }).totalUsd in costPerMillionUsd and billedDurationMs(durationMs) in billedDurationMs.',
        ],
      },
    },
    () => {
      const options = priceOptions(measured);
      expect(options.map((o) => o.memoryMb)).toEqual(measured.map((m) => m.memoryMb));
      expect(options[2]?.billedDurationMs, '289.2 ms bills 290 ms').toBe(290);
      expect(options.map((o) => o.costPerMillionUsd)).toEqual(measured.map(costOf));
    },
  );

  check(
    'tuning-cheapest',
    {
      title: {
        ko: '가장 싼 메모리 설정을 고르고, 비용이 같으면 더 빠른 쪽을 골라요',
        en: 'picks the cheapest memory size, and the faster one on equal cost',
      },
      points: 8,
      hints: {
        ko: [
          '메모리를 두 배로 늘려도 실행 시간이 절반 넘게 줄면 오히려 싸져요. 여기서는 512MB가 가장 싸요.',
          '금액 문자열을 숫자로 바꿔 비교하지 말고 dec(a).compare(b)로 비교하세요. 128MB와 256MB처럼 비용이 같으면 durationMs가 작은 쪽을 고르세요.',
        ],
        en: [
          'Doubling memory costs less when it more than halves the duration; here 512 MB is the cheapest.',
          'Compare the amounts with dec(a).compare(b), not as floats. On a tie such as 128 MB vs 256 MB, pick the smaller durationMs.',
        ],
      },
    },
    () => {
      expect(cheapest(measured).memoryMb).toBe(512);
      const tie = measured.filter((m) => m.memoryMb <= 256);
      expect(cheapest(tie).memoryMb, '128 MB and 256 MB cost the same').toBe(256);
      expect(cheapest([...tie].reverse()).memoryMb, 'order does not matter').toBe(256);
      expect(() => cheapest([]), 'no measurements').toThrow(RangeError);
      expect(() => cheapest([]), 'the message says what is missing').toThrow(/measurement/);
    },
  );

  check(
    'tuning-fastest-within-budget',
    {
      title: {
        ko: '예산 안에서 가장 빠른 설정을 고르고, 맞는 게 없으면 undefined를 돌려줘요',
        en: 'picks the fastest option within budget, and undefined when none fits',
      },
      points: 7,
      hints: {
        ko: [
          '먼저 예산 이하(≤)인 설정만 남기고, 그중 가장 빠른 것을 고르세요. 예산과 비용이 정확히 같아도 예산 안이에요.',
          'filter(o => dec(o.costPerMillionUsd).compare(budget) <= 0) 다음에 billedDurationMs 오름차순으로 정렬하세요. 남는 게 없으면 undefined예요.',
        ],
        en: [
          'First keep only the options at or under (≤) the budget, then take the fastest. A cost exactly equal to the budget fits.',
          'filter(o => dec(o.costPerMillionUsd).compare(budget) <= 0), then sort by billedDurationMs ascending. If nothing is left, return undefined.',
        ],
      },
    },
    () => {
      const at1024 = costOf({ memoryMb: 1_024, durationMs: 160 });
      expect(
        fastestWithinBudget(measured, at1024)?.memoryMb,
        'a budget exactly equal to the 1,024 MB cost',
      ).toBe(1_024);
      expect(fastestWithinBudget(measured, '1000')?.memoryMb, 'an unlimited budget').toBe(3_008);
      expect(fastestWithinBudget(measured, '0.01'), 'a budget nothing fits').toBeUndefined();
      expect(() => fastestWithinBudget([], '1000'), 'no measurements').toThrow(/measurement/);
    },
  );
});
