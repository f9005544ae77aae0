import {
  type FunctionConfig,
  type Violation,
  validateConfig,
  validateInvocation,
} from '@lab/limits.ts';
import { check, task } from '@lambda-dojo/check-kit';
import { limits, toBytes } from '@lambda-dojo/lambda-facts';
import { expect } from 'vitest';
import { importWithLimits } from './changed-facts.ts';

const valid: FunctionConfig = {
  memoryMb: 1_024,
  timeoutSeconds: 30,
  ephemeralStorageMb: 512,
  environment: { TABLE_NAME: 'orders', STAGE: 'prod' },
};

function fields(violations: Violation[]): string[] {
  return violations.map((v) => v.field).sort();
}

function expectViolation(
  violations: Violation[],
  field: string,
  limit: number,
  actual: number,
): void {
  const found = violations.find((v) => v.field === field);
  expect(found, `no violation for ${field}; got ${JSON.stringify(violations)}`).toBeDefined();
  expect(found?.limit, `${field}.limit`).toBe(limit);
  expect(found?.actual, `${field}.actual`).toBe(actual);
  expect(
    typeof found?.message === 'string' && found.message.includes(field),
    `${field}.message names the field`,
  ).toBe(true);
}

task(
  { ko: '과제 3: 설정과 호출 검사', en: 'Task 3: validate a configuration and an invocation' },
  () => {
    check(
      'config-valid-and-ranges',
      {
        title: {
          ko: '올바른 설정은 통과시키고 메모리·제한 시간·/tmp 범위를 검사해요',
          en: 'passes a valid configuration and checks the memory, timeout and /tmp ranges',
        },
        points: 8,
        hints: {
          ko: [
            '제한값은 직접 쓰지 말고 @lambda-dojo/lambda-facts에서 가져오세요: limits.memory.min/max, limits.timeout.min/max, limits.ephemeralStorage.min/max.',
            '위반마다 { field, limit, actual, message }를 만드세요. 예: 메모리 64MB → { field: "memoryMb", limit: 128, actual: 64, message: "memoryMb: 64 MB is below ..." }. 경계값(128, 10240, 900)은 허용이에요.',
          ],
          en: [
            'Do not type the limits in; take them from @lambda-dojo/lambda-facts: limits.memory.min/max, limits.timeout.min/max, limits.ephemeralStorage.min/max.',
            'Build { field, limit, actual, message } per violation. E.g. 64 MB memory → { field: "memoryMb", limit: 128, actual: 64, message: "memoryMb: 64 MB is below ..." }. The limits themselves (128, 10240, 900) are allowed.',
          ],
        },
      },
      async () => {
        expect(validateConfig(valid), 'a valid configuration').toEqual([]);
        const edges = {
          ...valid,
          memoryMb: limits.memory.max.value,
          timeoutSeconds: limits.timeout.max.value,
        };
        expect(validateConfig(edges), 'values exactly at the limits').toEqual([]);
        expectViolation(
          validateConfig({ ...valid, memoryMb: 64 }),
          'memoryMb',
          limits.memory.min.value,
          64,
        );
        expectViolation(
          validateConfig({ ...valid, timeoutSeconds: 901 }),
          'timeoutSeconds',
          limits.timeout.max.value,
          901,
        );
        expectViolation(
          validateConfig({ ...valid, ephemeralStorageMb: 20_480 }),
          'ephemeralStorageMb',
          limits.ephemeralStorage.max.value,
          20_480,
        );
        // The limits change (memory went from 3,008 to 10,240 MB in 2020): code that reads
        // lambda-facts follows, a typed number does not.
        const later = await importWithLimits(
          () => import('@lab/limits.ts'),
          (changed) => {
            changed.memory.min.value = 256;
            changed.memory.max.value = 12_288;
            changed.timeout.max.value = 1_200;
            changed.ephemeralStorage.max.value = 16_384;
          },
        );
        const raised = { ...valid, memoryMb: 12_288, timeoutSeconds: 1_200 };
        expect(
          later.validateConfig({ ...raised, ephemeralStorageMb: 16_384 }),
          'with lambda-facts saying memory goes to 12,288 MB, timeout to 1,200 s and /tmp to 16,384 MB',
        ).toEqual([]);
        expectViolation(
          later.validateConfig({ ...valid, memoryMb: 12_289 }),
          'memoryMb',
          12_288,
          12_289,
        );
        expectViolation(later.validateConfig({ ...valid, memoryMb: 128 }), 'memoryMb', 256, 128);
        expectViolation(
          later.validateConfig({ ...valid, timeoutSeconds: 1_201 }),
          'timeoutSeconds',
          1_200,
          1_201,
        );
        expectViolation(
          later.validateConfig({ ...valid, ephemeralStorageMb: 16_385 }),
          'ephemeralStorageMb',
          16_384,
          16_385,
        );
      },
    );

    check(
      'config-every-violation',
      {
        title: {
          ko: '첫 번째 위반에서 멈추지 않고 모든 위반을 돌려줘요',
          en: 'returns every violation, not just the first',
        },
        points: 6,
        hints: {
          ko: [
            '첫 문제에서 return 하면 사용자는 고치고 다시 돌려 보기를 여러 번 해야 해요. 위반을 배열에 모으세요.',
            'const violations = []를 만들고 각 검사에서 push 한 뒤 마지막에 한 번만 return violations 하세요. 3000.5MB처럼 정수가 아닌 메모리도 위반이에요.',
          ],
          en: [
            'Returning at the first problem makes the user fix and retry again and again. Collect the violations in an array.',
            'Create const violations = [], push in every check, and return violations once at the end. A fractional memory such as 3000.5 MB is a violation too.',
          ],
        },
      },
      () => {
        const result = validateConfig({
          memoryMb: 3_000.5,
          timeoutSeconds: 0,
          ephemeralStorageMb: 256,
          environment: { BIG: 'x'.repeat(5_000) },
        });
        expect(fields(result)).toEqual([
          'environment',
          'ephemeralStorageMb',
          'memoryMb',
          'timeoutSeconds',
        ]);
        for (const violation of result) {
          expect(violation.message, `the ${violation.field} message names the field`).toContain(
            violation.field,
          );
        }
      },
    );

    check(
      'config-environment-bytes',
      {
        title: {
          ko: '환경 변수 4KB 제한은 글자 수가 아니라 UTF-8 바이트 수로 따져요',
          en: 'counts the 4 KB environment limit in UTF-8 bytes, not characters',
        },
        points: 5,
        hints: {
          ko: [
            '4KB는 4,096바이트예요(toBytes(limits.environmentVariables.totalSize)). 한글 한 글자는 UTF-8로 3바이트라서 .length로 세면 틀려요.',
            '모든 키와 값의 바이트를 더하세요: new TextEncoder().encode(key).length + new TextEncoder().encode(value).length. 합계가 4,096을 넘으면 field "environment" 위반이에요.',
          ],
          en: [
            '4 KB is 4,096 bytes (toBytes(limits.environmentVariables.totalSize)). A Korean syllable is 3 bytes in UTF-8, so .length undercounts.',
            'Add up the bytes of every key and value: new TextEncoder().encode(key).length + new TextEncoder().encode(value).length. Over 4,096 is an "environment" violation.',
          ],
        },
      },
      async () => {
        const limit = toBytes(limits.environmentVariables.totalSize);
        const exactly = { ...valid, environment: { K: 'a'.repeat(limit - 1) } };
        expect(validateConfig(exactly), 'exactly 4,096 bytes').toEqual([]);
        const korean = { ...valid, environment: { GREETING: '안'.repeat(1_400) } };
        expectViolation(validateConfig(korean), 'environment', limit, 8 + 1_400 * 3);
        const later = await importWithLimits(
          () => import('@lab/limits.ts'),
          (changed) => {
            changed.environmentVariables.totalSize.value *= 2;
          },
        );
        const doubled = { ...valid, environment: { K: 'a'.repeat(2 * limit - 1) } };
        expect(later.validateConfig(doubled), 'with lambda-facts saying the limit is 8 KB').toEqual(
          [],
        );
        expectViolation(
          later.validateConfig({ ...valid, environment: { K: 'a'.repeat(2 * limit) } }),
          'environment',
          2 * limit,
          2 * limit + 1,
        );
      },
    );

    check(
      'invocation-payload-per-type',
      {
        title: {
          ko: '호출 유형별 페이로드 제한(동기 6MB, 비동기 1MB, 스트리밍 응답 200MB)을 검사해요',
          en: 'checks the payload limit per invocation type (6 MB sync, 1 MB async, 200 MB streamed response)',
        },
        points: 6,
        hints: {
          ko: [
            '유형마다 제한이 달라요: RequestResponse는 요청·응답 각각 6MB, Event는 요청 1MB(2025년 10월 전에는 256KB), ResponseStream은 응답 200MB예요.',
            'toBytes(limits.payload.synchronousRequest)처럼 바이트로 바꿔서 비교하세요. 6MB는 6,291,456바이트예요. 초과한 쪽마다 field "requestBytes" 또는 "responseBytes" 위반을 만드세요.',
          ],
          en: [
            'Each type has its own limits: RequestResponse 6 MB for request and response each, Event 1 MB for the request (256 KB before October 2025), ResponseStream 200 MB for the response.',
            'Compare in bytes with toBytes(limits.payload.synchronousRequest); 6 MB is 6,291,456 bytes. Add a "requestBytes" or "responseBytes" violation for each side over its limit.',
          ],
        },
      },
      async () => {
        const sync = toBytes(limits.payload.synchronousRequest);
        const asyncLimit = toBytes(limits.payload.asynchronous);
        const stream = toBytes(limits.payload.streamedResponse);
        expect(
          validateInvocation({ type: 'RequestResponse', requestBytes: sync, responseBytes: sync }),
        ).toEqual([]);
        const both = validateInvocation({
          type: 'RequestResponse',
          requestBytes: sync + 1,
          responseBytes: sync + 1,
        });
        expect(fields(both)).toEqual(['requestBytes', 'responseBytes']);
        expectViolation(
          validateInvocation({ type: 'Event', requestBytes: asyncLimit + 1 }),
          'requestBytes',
          asyncLimit,
          asyncLimit + 1,
        );
        expect(
          validateInvocation({ type: 'Event', requestBytes: 300 * 1024 }),
          '300 KB async is fine now',
        ).toEqual([]);
        expect(
          validateInvocation({ type: 'Event', requestBytes: 10, responseBytes: sync + 1 }),
          'an Event invocation has no response to limit',
        ).toEqual([]);
        expect(
          validateInvocation({
            type: 'ResponseStream',
            requestBytes: 10,
            responseBytes: 50 * 1024 * 1024,
          }),
        ).toEqual([]);
        expectViolation(
          validateInvocation({
            type: 'ResponseStream',
            requestBytes: 10,
            responseBytes: stream + 1,
          }),
          'responseBytes',
          stream,
          stream + 1,
        );
        // Until October 2025 the Event limit was 256 KB: code that reads lambda-facts follows.
        const later = await importWithLimits(
          () => import('@lab/limits.ts'),
          (changed) => {
            changed.payload.asynchronous.value *= 2;
            changed.payload.synchronousRequest.value *= 2;
            changed.payload.synchronousResponse.value *= 2;
            changed.payload.streamedResponse.value *= 2;
          },
        );
        for (const [type, side, limit] of [
          ['Event', 'requestBytes', asyncLimit * 2],
          ['RequestResponse', 'requestBytes', sync * 2],
          ['RequestResponse', 'responseBytes', toBytes(limits.payload.synchronousResponse) * 2],
          ['ResponseStream', 'responseBytes', stream * 2],
        ] as const) {
          const at = { type, requestBytes: 10, [side]: limit };
          const label = `${type} ${side} with lambda-facts saying the limit is ${limit} bytes`;
          expect(later.validateInvocation(at), label).toEqual([]);
          expectViolation(
            later.validateInvocation({ ...at, [side]: limit + 1 }),
            side,
            limit,
            limit + 1,
          );
        }
      },
    );
  },
);
