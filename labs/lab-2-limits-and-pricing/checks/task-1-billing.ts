import { billedDurationMs } from '@lab/billing.ts';
import { check, task } from '@lambda-dojo/check-kit';
import { historicValue, pricing } from '@lambda-dojo/lambda-facts';
import { expect } from 'vitest';

const now = pricing.billing.granularity.value;
const legacy = historicValue(pricing.billing.granularity, '2018-12');

task({ ko: '과제 1: 청구 시간', en: 'Task 1: billed duration' }, () => {
  check(
    'billed-duration-1ms',
    {
      title: {
        ko: '1ms 단위 과금에서 측정 시간을 올림해요',
        en: 'rounds the measured duration up under 1 ms billing',
      },
      points: 8,
      hints: {
        ko: [
          'Lambda는 실행 시간을 "가장 가까운 값"이 아니라 "다음 단위까지 올림"해서 청구해요. 12.01ms는 몇 ms로 청구될까요?',
          'Math.round 대신 Math.ceil(measuredMs / granularityMs) * granularityMs를 쓰세요. 0ms여도 최소 한 단위(1ms)는 청구돼요.',
        ],
        en: [
          'Lambda bills duration rounded UP to the next unit, not to the nearest. What does 12.01 ms bill?',
          'Use Math.ceil(measuredMs / granularityMs) * granularityMs instead of Math.round. Even 0 ms bills one unit (1 ms).',
        ],
      },
    },
    () => {
      expect(billedDurationMs(12.01, now), '12.01 ms').toBe(13);
      expect(billedDurationMs(12, now), '12 ms').toBe(12);
      expect(billedDurationMs(0.2, now), '0.2 ms').toBe(1);
      expect(billedDurationMs(0, now), '0 ms').toBe(1);
      expect(billedDurationMs(899_999.5), 'the default granularity is today’s 1 ms').toBe(900_000);
    },
  );

  check(
    'billed-duration-100ms',
    {
      title: {
        ko: '2018년의 100ms 단위 과금도 올림으로 계산해요',
        en: 'rounds up under the 2018 100 ms billing too',
      },
      points: 5,
      hints: {
        ko: [
          '2018년에는 100ms 단위로 청구했어요. 101ms를 실행하면 200ms 요금을 냈어요.',
          '단위가 100이어도 식은 같아요: Math.ceil(measuredMs / 100) * 100. 정확히 100ms는 100ms로, 1ms는 100ms로 청구돼요.',
        ],
        en: [
          'In 2018 Lambda billed in 100 ms units: a 101 ms run paid for 200 ms.',
          'The formula is the same with a 100 ms unit: Math.ceil(measuredMs / 100) * 100. Exactly 100 ms bills 100 ms; 1 ms bills 100 ms.',
        ],
      },
    },
    () => {
      expect(billedDurationMs(101, legacy), '101 ms').toBe(200);
      expect(billedDurationMs(100, legacy), '100 ms').toBe(100);
      expect(billedDurationMs(100.01, legacy), '100.01 ms').toBe(200);
      expect(billedDurationMs(1, legacy), '1 ms').toBe(100);
    },
  );

  check(
    'billed-duration-rejects-bad-input',
    {
      title: {
        ko: '음수나 숫자가 아닌 측정값은 오류로 거절해요',
        en: 'rejects a negative or non-numeric measurement with an error',
      },
      points: 2,
      hints: {
        ko: [
          '측정 시간이 -5ms이거나 NaN이면 청구 시간도 의미가 없어요. 조용히 NaN을 돌려주지 말고 오류를 던지세요.',
          '함수 첫 줄에서 if (!Number.isFinite(measuredMs) || measuredMs < 0) throw new RangeError(...)로 막으세요.',
        ],
        en: [
          'A measured duration of -5 ms or NaN has no billed duration. Throw an error instead of quietly returning NaN.',
          'Start with if (!Number.isFinite(measuredMs) || measuredMs < 0) throw new RangeError(...).',
        ],
      },
    },
    () => {
      expect(() => billedDurationMs(-5, now)).toThrow(RangeError);
      expect(() => billedDurationMs(-5, now), 'the message shows the value').toThrow(/-5/);
      expect(() => billedDurationMs(Number.NaN, now)).toThrow(RangeError);
      for (const granularity of [0, -100, 1.5]) {
        expect(
          () => billedDurationMs(100, granularity),
          `a granularity of ${granularity} ms`,
        ).toThrow(RangeError);
      }
      expect(() => billedDurationMs(100, 1.5), 'the message shows the value').toThrow(/1\.5/);
    },
  );
});
