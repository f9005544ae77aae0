import { defineFixtures } from './define-fixtures.ts';

export const lab4 = defineFixtures('lab-4', {
  payload: 'src/payload.ts',
  invoke: 'src/invoke.ts',
  report: 'src/report.ts',
  retry: 'src/retry.ts',
})(({ payload, invoke, report, retry }) => [
  {
    id: 'dry-run-always-true',
    mistake: {
      en: 'returns true from dryRun whatever the status',
      ko: 'dryRun이 상태 코드와 상관없이 true를 돌려준다',
    },
    failingCheck: 'dry-run',
    patch: [
      {
        file: invoke,
        find: 'return response.StatusCode === 204;',
        replace: 'void response;\n    return true;',
      },
    ],
  },
  {
    id: 'dry-run-success-range',
    mistake: {
      en: 'takes any 2xx status of a DryRun as allowed',
      ko: 'DryRun의 2xx 상태 코드를 모두 허용으로 본다',
    },
    failingCheck: 'dry-run',
    patch: [
      {
        file: invoke,
        find: 'return response.StatusCode === 204;',
        replace: 'return (response.StatusCode ?? 0) >= 200 && (response.StatusCode ?? 0) < 300;',
      },
    ],
  },
  {
    id: 'dry-run-swallows-errors',
    mistake: {
      en: 'returns false from dryRun for every error, not only AccessDeniedException',
      ko: 'dryRun이 AccessDeniedException뿐 아니라 모든 오류에 false를 돌려준다',
    },
    failingCheck: 'dry-run',
    patch: [
      {
        file: invoke,
        find: "    if (error instanceof Error && error.name === 'AccessDeniedException') return false;\n    throw error;",
        replace: '    void error;\n    return false;',
      },
    ],
  },
  {
    id: 'retries-service-exception',
    mistake: {
      en: 'treats ServiceException (a 5xx of Lambda itself) as retryable',
      ko: 'ServiceException(Lambda 자체의 5xx)도 재시도할 수 있다고 본다',
    },
    failingCheck: 'no-retry-for-others',
    patch: [
      {
        file: retry,
        find: "return error instanceof Error && error.name === 'TooManyRequestsException';",
        replace:
          "return (\n    error instanceof Error &&\n    (error.name === 'TooManyRequestsException' || error.name === 'ServiceException')\n  );",
      },
    ],
  },
  {
    id: 'retries-every-error',
    mistake: {
      en: 'retries every error, function errors included',
      ko: '함수 오류까지 모든 오류를 재시도한다',
    },
    failingCheck: 'no-retry-for-others',
    patch: [
      {
        file: retry,
        find: "return error instanceof Error && error.name === 'TooManyRequestsException';",
        replace: 'return error instanceof Error;',
      },
    ],
  },
  {
    id: 'backoff-without-cap',
    mistake: {
      en: 'lets the backoff ceiling grow past maxDelayMs',
      ko: '백오프 상한이 maxDelayMs를 넘어 계속 커진다',
    },
    failingCheck: 'backoff-delays',
    patch: [
      {
        file: retry,
        find: 'Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry)',
        replace: 'options.baseDelayMs * 2 ** retry',
      },
    ],
  },
  {
    id: 'backoff-without-jitter',
    mistake: {
      en: 'waits the full ceiling every time, with no jitter',
      ko: '지터 없이 매번 상한만큼 기다린다',
    },
    failingCheck: 'backoff-delays',
    patch: [{ file: retry, find: 'return Math.random() * ceiling;', replace: 'return ceiling;' }],
  },
  {
    id: 'one-retry-too-many',
    mistake: {
      en: 'makes retries + 1 retries (off by one)',
      ko: '재시도를 retries보다 한 번 더 한다',
    },
    failingCheck: 'gives-up',
    patch: [{ file: retry, find: 'retry >= options.retries', replace: 'retry > options.retries' }],
  },
  {
    id: 'counts-characters',
    mistake: {
      en: 'measures the payload in characters instead of UTF-8 bytes',
      ko: '페이로드 크기를 UTF-8 바이트가 아니라 글자 수로 잰다',
    },
    failingCheck: 'counts-bytes',
    patch: [
      {
        file: payload,
        find: 'if (bytes.byteLength > limitBytes) {',
        replace: 'if (JSON.stringify(payload).length > limitBytes) {',
      },
    ],
  },
  {
    id: 'async-uses-sync-limit',
    mistake: {
      en: 'checks Event payloads against the synchronous limit',
      ko: 'Event 호출의 페이로드를 동기 호출 한도로 검사한다',
    },
    failingCheck: 'refuses-oversized-async',
    patch: [
      {
        file: payload,
        find: "invocationType === 'Event' ? limits.payload.asynchronous : limits.payload.synchronousRequest;",
        replace: 'limits.payload.synchronousRequest;',
      },
    ],
  },
  {
    id: 'error-by-payload-shape',
    mistake: {
      en: 'decides a function failed from an errorMessage field in the payload, not from FunctionError',
      ko: '함수 실패 여부를 FunctionError가 아니라 페이로드의 errorMessage 필드로 판단한다',
    },
    failingCheck: 'error-shaped-result-is-not-error',
    patch: [
      {
        file: invoke,
        find: '  if (response.FunctionError) {',
        replace:
          "  if (response.FunctionError || (typeof payload === 'object' && payload !== null && 'errorMessage' in payload)) {",
      },
    ],
  },
  {
    id: 'init-duration-always-set',
    mistake: {
      en: 'reports initDurationMs 0 on warm invocations instead of leaving it out',
      ko: '웜 스타트 호출에도 initDurationMs를 빼지 않고 0으로 넣는다',
    },
    failingCheck: 'report-warm',
    patch: [
      {
        file: report,
        find: '  if (init !== undefined) report.initDurationMs = init;',
        replace: '  report.initDurationMs = init ?? 0;',
      },
    ],
  },
]);
