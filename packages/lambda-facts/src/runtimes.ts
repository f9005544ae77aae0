import { LAST_CHECKED } from './checked.ts';
import { nodejsRuntimesPage, runtimesPage, slides2018Source } from './sources.ts';
import type { Fact } from './types.ts';

const asOf = LAST_CHECKED;

/** A managed Node.js runtime and the dates of its deprecation schedule. */
export interface NodeRuntime {
  /** The runtime identifier used in function configuration. */
  id: Fact<string>;
  os: Fact<string>;
  /** Security patches and support end on this date. */
  deprecation: Fact<string>;
  /** From this date new functions can no longer be created with the runtime. */
  blockCreate?: Fact<string>;
  /** From this date existing functions can no longer be updated. */
  blockUpdate?: Fact<string>;
}

export const runtimes = {
  nodejs: {
    nodejs24: {
      id: {
        value: 'nodejs24.x',
        unit: 'name',
        asOf,
        since: '2025-11-25',
        source: runtimesPage,
        note: {
          ko: '콜백 방식 핸들러를 지원하지 않아요. 매개변수가 셋 이상인 핸들러는 INIT에서 Runtime.CallbackHandlerDeprecated 오류로 거부돼요. async 핸들러를 써요.',
          en: 'Callback-style handlers are not supported: a handler with three or more parameters is refused at INIT with Runtime.CallbackHandlerDeprecated. Use an async handler.',
        },
      },
      os: { value: 'Amazon Linux 2023', unit: 'name', asOf, source: runtimesPage },
      deprecation: { value: '2028-04-30', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockCreate: { value: '2028-06-01', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockUpdate: { value: '2028-07-01', unit: 'date', asOf, source: nodejsRuntimesPage },
    },
    nodejs22: {
      id: { value: 'nodejs22.x', unit: 'name', asOf, since: '2024-11-22', source: runtimesPage },
      os: { value: 'Amazon Linux 2023', unit: 'name', asOf, source: runtimesPage },
      deprecation: { value: '2027-04-30', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockCreate: { value: '2027-06-01', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockUpdate: { value: '2027-07-01', unit: 'date', asOf, source: nodejsRuntimesPage },
    },
    nodejs20: {
      id: { value: 'nodejs20.x', unit: 'name', asOf, source: runtimesPage },
      os: { value: 'Amazon Linux 2023', unit: 'name', asOf, source: runtimesPage },
      deprecation: { value: '2026-04-30', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockCreate: { value: '2026-08-31', unit: 'date', asOf, source: nodejsRuntimesPage },
      blockUpdate: { value: '2026-09-30', unit: 'date', asOf, source: nodejsRuntimesPage },
    },
    nodejs18: {
      id: { value: 'nodejs18.x', unit: 'name', asOf, source: runtimesPage },
      os: { value: 'Amazon Linux 2', unit: 'name', asOf, source: runtimesPage },
      deprecation: { value: '2025-09-01', unit: 'date', asOf, source: runtimesPage },
    },
  } satisfies Record<string, NodeRuntime>,
  /** The runtimes the 2018 slides list (Amazon Linux, 64-bit). */
  slides2018: {
    value: [
      'Node.js 8.10',
      'Node.js 6.10',
      'Java 8',
      'Python 3.6',
      'Python 2.7',
      '.NET Core 1.0.1',
      '.NET Core 2.0',
      '.NET Core 2.1',
      'Go 1.x',
    ],
    unit: 'runtimes',
    asOf: '2018-12',
    source: slides2018Source,
    note: {
      ko: '모두 지원이 끝난 런타임이에요. 지금 Node.js는 nodejs22.x나 nodejs24.x를 쓰세요.',
      en: 'Every one of these is deprecated now; for Node.js use nodejs22.x or nodejs24.x.',
    },
  } satisfies Fact<readonly string[]>,
};
