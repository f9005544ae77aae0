import { LAST_CHECKED } from './checked.ts';
import { quotasPage, scalingPage } from './sources.ts';
import type { Fact } from './types.ts';

const asOf = LAST_CHECKED;

/** Concurrency and how fast Lambda adds execution environments. */
export const scaling = {
  concurrentExecutions: {
    value: 1_000,
    unit: 'count',
    asOf,
    source: quotasPage,
    note: {
      ko: '리전별 기본값이고 2018년 슬라이드와 같아요. 요청하면 수만 개까지 늘릴 수 있고, 새 계정은 더 낮게 시작할 수 있어요.',
      en: 'Per Region by default (the same in the 2018 slides); can be raised to tens of thousands, and new accounts may start lower.',
    },
  } satisfies Fact<number>,
  environmentsPer10Seconds: {
    value: 1_000,
    unit: 'execution environments per 10 s',
    asOf,
    since: '2023-11-26',
    source: scalingPage,
    note: {
      ko: '함수마다 10초에 실행 환경을 1,000개씩 늘릴 수 있어요. 2023년 11월 전에는 계정 전체에 500~3,000개 초기 버스트 뒤 분당 500개씩 늘었어요.',
      en: 'Each function can add 1,000 execution environments every 10 seconds. Before November 2023 an account got an initial burst of 500 to 3,000, then 500 more per minute.',
    },
  } satisfies Fact<number>,
};
