import 'aws-sdk-client-mock-vitest/extend';
import {
  InvokeCommand,
  type InvokeCommandInput,
  LambdaClient,
  LambdaServiceException,
  ResourceNotFoundException,
  ServiceException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { FunctionInvocationError, PayloadTooLargeError } from '@lab/errors.ts';
import { dryRun, invokeAsync, invokeJson, invokeWithLogs } from '@lab/invoke.ts';
import { parseReportLine } from '@lab/report.ts';
import { type RetryOptions, withRetry } from '@lab/retry.ts';
import { because, check, task } from '@lambda-dojo/check-kit';
import { limits, toBytes } from '@lambda-dojo/lambda-facts';
import { Uint8ArrayBlobAdapter } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import {
  coldRequestId,
  coldTail,
  tailWithoutReport,
  toBase64,
  warmRequestId,
  warmTail,
} from './fixtures/log-tails.ts';

const lambda = mockClient(LambdaClient);
const logTailSize = `${limits.invoke.logTail.value} ${limits.invoke.logTail.unit}`;
const client = new LambdaClient({ region: 'ap-northeast-2' });

beforeEach(() => {
  lambda.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A payload as the SDK returns it: bytes with `transformToString()`. */
const bytesOf = (value: unknown) => Uint8ArrayBlobAdapter.fromString(JSON.stringify(value));

/** The `InvokeCommand` inputs the code sent, oldest first. */
const sentInputs = () =>
  lambda.commandCalls(InvokeCommand).map((call) => call.args[0].input as InvokeCommandInput);

/** The JSON the code sent as `Payload` (bytes or a string). */
function sentJson(input: InvokeCommandInput | undefined): unknown {
  const payload = input?.Payload;
  if (payload === undefined) return undefined;
  const text =
    typeof payload === 'string' ? payload : new TextDecoder().decode(payload as Uint8Array);
  return JSON.parse(text);
}

const throttled = () =>
  new TooManyRequestsException({
    message: 'Rate Exceeded.',
    Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    $metadata: { httpStatusCode: 429 },
  });

const notFound = () =>
  new ResourceNotFoundException({
    message: 'Function not found: arn:aws:lambda:ap-northeast-2:123456789012:function:greeter',
    $metadata: { httpStatusCode: 404 },
  });

/** A payload whose JSON encoding is exactly `bytes` long: {"data":"xxx…"}. */
const payloadOfBytes = (bytes: number) => ({ data: 'x'.repeat(bytes - '{"data":""}'.length) });

task(
  {
    ko: '과제 1: 동기로 호출하고 JSON 결과 받기',
    en: 'Task 1: invoke synchronously and read the JSON result',
  },
  () => {
    check(
      'sync-invoke-command',
      {
        title: {
          ko: 'invokeJson이 함수 이름과 JSON 페이로드를 담은 RequestResponse 호출을 한 번 보내요',
          en: 'invokeJson sends one RequestResponse Invoke with the function name and the JSON payload',
        },
        points: 7,
        hints: {
          ko: [
            'client.send(new InvokeCommand({ ... }))로 호출해요. FunctionName, InvocationType, Payload 세 가지를 채우세요.',
            'Payload는 JSON 문자열을 바이트로 바꾼 값이에요. encodePayload(payload, "RequestResponse")가 new TextEncoder().encode(JSON.stringify(payload))를 돌려주게 만들고 그 값을 넣으세요.',
          ],
          en: [
            'Invoke with client.send(new InvokeCommand({ ... })). Fill in FunctionName, InvocationType and Payload.',
            'Payload is the JSON text as bytes. Make encodePayload(payload, "RequestResponse") return new TextEncoder().encode(JSON.stringify(payload)) and pass that.',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytesOf({ ok: true }) });
        const event = { name: '지호', tags: ['a', 'b'] };
        await invokeJson(client, 'greeter', event);
        expect(lambda).toHaveReceivedCommandTimes(InvokeCommand, 1);
        const [input] = sentInputs();
        expect(input?.FunctionName).toBe('greeter');
        expect(['RequestResponse', undefined], 'InvocationType').toContain(input?.InvocationType);
        expect(sentJson(input), 'the payload sent, decoded as JSON').toEqual(event);
      },
    );

    check(
      'sync-invoke-result',
      {
        title: {
          ko: 'invokeJson이 바이트로 온 응답을 JSON 값으로 돌려줘요 (한글 포함)',
          en: 'invokeJson returns the bytes of the answer as a JSON value (Korean text included)',
        },
        points: 8,
        hints: {
          ko: [
            '응답의 Payload는 문자열이 아니라 Uint8Array예요. UTF-8로 디코드한 다음 JSON.parse 하세요.',
            'decodePayload(bytes)에서 JSON.parse(new TextDecoder().decode(bytes))를 돌려주세요. Payload가 없거나 비어 있으면 undefined예요.',
          ],
          en: [
            'The Payload of the answer is a Uint8Array, not a string. Decode it as UTF-8, then JSON.parse it.',
            'In decodePayload(bytes) return JSON.parse(new TextDecoder().decode(bytes)); no or empty Payload means undefined.',
          ],
        },
      },
      async () => {
        const answer = { statusCode: 200, body: '"안녕하세요, 지호!"' };
        lambda
          .on(InvokeCommand)
          .resolves({ StatusCode: 200, ExecutedVersion: '$LATEST', Payload: bytesOf(answer) });
        await expect(invokeJson(client, 'greeter', { name: '지호' })).resolves.toEqual(answer);
        lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytesOf(null) });
        await expect(
          invokeJson(client, 'greeter', {}),
          'a function that returns null',
        ).resolves.toBe(null);
      },
    );
  },
);

task(
  {
    ko: '과제 2: 비동기 호출과 DryRun',
    en: 'Task 2: asynchronous invocation and DryRun',
  },
  () => {
    check(
      'async-invoke-event',
      {
        title: {
          ko: 'invokeAsync가 Event 호출을 보내고, 결과 없이 202를 받으면 끝나요',
          en: 'invokeAsync sends an Event invocation and resolves on 202, with no result to read',
        },
        points: 8,
        hints: {
          ko: [
            'InvocationType을 "Event"로 보내면 Lambda가 요청을 큐에 넣고 바로 202를 돌려줘요. 응답에 Payload가 없어요.',
            'encodePayload(payload, "Event")로 페이로드를 만들고, 응답의 StatusCode가 202가 아니면 오류를 던지세요. Payload를 읽으려 하면 안 돼요.',
          ],
          en: [
            'With InvocationType "Event", Lambda queues the request and answers 202 at once. The answer has no Payload.',
            'Build the payload with encodePayload(payload, "Event"), and throw when StatusCode is not 202. Do not try to read a Payload.',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
        const event = { orderId: 'o-1042', items: 3 };
        await expect(invokeAsync(client, 'order-worker', event)).resolves.toBeUndefined();
        const [input] = sentInputs();
        expect(input?.FunctionName).toBe('order-worker');
        expect(input?.InvocationType).toBe('Event');
        expect(sentJson(input), 'the payload sent, decoded as JSON').toEqual(event);

        lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytesOf('ran') });
        await expect(
          invokeAsync(client, 'order-worker', event),
          'an answer other than 202 to an Event invocation, with the status in the message',
        ).rejects.toThrow(/200/);
      },
    );

    check(
      'dry-run',
      {
        title: {
          ko: 'dryRun이 DryRun 호출로 권한을 확인해요: 204면 true, 권한이 없으면 false',
          en: 'dryRun checks permission with a DryRun invocation: true on 204, false when access is denied',
        },
        points: 7,
        hints: {
          ko: [
            'InvocationType "DryRun"은 함수를 실행하지 않고 매개변수와 호출 권한만 확인해요. 성공하면 StatusCode가 204예요. 204가 아닌 상태 코드에는 false를 돌려주세요.',
            '권한이 없으면 send가 name이 "AccessDeniedException"인 오류를 던져요. 그때만 false를 돌려주고, 다른 오류(예: ResourceNotFoundException)는 그대로 다시 던지세요.',
          ],
          en: [
            'InvocationType "DryRun" does not run the function; it validates the parameters and the permission to invoke. On success StatusCode is 204; return false for any other status.',
            'Without permission, send throws an error whose name is "AccessDeniedException". Return false only then; rethrow anything else (e.g. ResourceNotFoundException).',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 204 });
        await expect(dryRun(client, 'greeter')).resolves.toBe(true);
        expect(lambda).toHaveReceivedCommandWith(InvokeCommand, {
          FunctionName: 'greeter',
          InvocationType: 'DryRun',
        });

        lambda.on(InvokeCommand).rejects(
          new LambdaServiceException({
            name: 'AccessDeniedException',
            $fault: 'client',
            message:
              'User: arn:aws:sts::123456789012:assumed-role/app/session is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:ap-northeast-2:123456789012:function:greeter',
            $metadata: { httpStatusCode: 403 },
          }),
        );
        await expect(dryRun(client, 'greeter'), 'when access is denied').resolves.toBe(false);

        // Only 204 says the call would be allowed; any other status did not confirm it.
        for (const status of [200, 202, 403]) {
          lambda.reset();
          lambda.on(InvokeCommand).resolves({ StatusCode: status });
          await expect(dryRun(client, 'greeter'), `when DryRun answers ${status}`).resolves.toBe(
            false,
          );
        }

        lambda.on(InvokeCommand).rejects(notFound());
        await expect(dryRun(client, 'greeter'), 'when the function does not exist').rejects.toThrow(
          ResourceNotFoundException,
        );
      },
    );
  },
);

task(
  {
    ko: '과제 3: 로그 꼬리 읽고 REPORT 줄 해석하기',
    en: 'Task 3: read the log tail and parse the REPORT line',
  },
  () => {
    check(
      'asks-for-log-tail',
      {
        title: {
          ko: 'invokeWithLogs가 LogType Tail로 호출하고, base64 로그를 텍스트로 돌려줘요',
          en: 'invokeWithLogs asks for LogType Tail and returns the base64 log as text',
        },
        points: 5,
        hints: {
          ko: [
            `InvokeCommand에 LogType: "Tail"을 넣으면 응답의 LogResult에 로그의 마지막 부분(최대 ${logTailSize})이 base64로 들어 있어요.`,
            'decodeLogTail에서 Buffer.from(logResult, "base64").toString("utf8")을 돌려주세요. 결과(result)는 invokeJson처럼 Payload를 디코드한 값이에요.',
          ],
          en: [
            `With LogType: "Tail" in the InvokeCommand, the answer carries the last ${logTailSize} of the log in LogResult, base64-encoded.`,
            'In decodeLogTail return Buffer.from(logResult, "base64").toString("utf8"). The result is the decoded Payload, as in invokeJson.',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          LogResult: toBase64(warmTail),
          Payload: bytesOf({ greeting: '안녕하세요' }),
        });
        const out = await invokeWithLogs(client, 'greeter', { name: '지호' });
        const [input] = sentInputs();
        expect(input?.LogType, 'LogType sent').toBe('Tail');
        expect(input?.InvocationType, 'InvocationType sent').toBe('RequestResponse');
        expect(sentJson(input), 'the payload sent, decoded as JSON').toEqual({ name: '지호' });
        expect(out.result).toEqual({ greeting: '안녕하세요' });
        expect(out.log, 'the decoded log').toBe(warmTail);

        lambda.reset();
        lambda.on(InvokeCommand).resolves({ StatusCode: 200 });
        const noTail = await invokeWithLogs(client, 'greeter', {});
        expect(noTail.log, 'the log when the answer has no LogResult').toBe('');
        expect(noTail.result, 'the result when the answer has no Payload').toBeUndefined();
        lambda.reset();
        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          Payload: Uint8ArrayBlobAdapter.fromString(''),
        });
        await expect(
          invokeJson(client, 'greeter', {}),
          'the result when the Payload has no bytes',
        ).resolves.toBeUndefined();
      },
    );

    check(
      'report-warm',
      {
        title: {
          ko: '웜 호출의 REPORT 줄에서 실행 시간, 청구 시간, 메모리 크기, 최대 사용 메모리를 읽어요',
          en: 'reads duration, billed duration, memory size and max memory used from a warm REPORT line',
        },
        points: 8,
        hints: {
          ko: [
            'REPORT 줄은 "REPORT RequestId: ..."로 시작하고, 필드가 탭(\\t)으로 나뉘어 있어요. 각 필드는 "이름: 값 단위" 모양이에요. 로그의 다른 줄에도 "Duration:"이 나올 수 있으니 REPORT 줄만 보세요.',
            'log.split("\\n")에서 "REPORT RequestId:"로 시작하는 줄을 찾고, 그 줄을 "\\t"로 나눈 뒤 각 조각을 ": " 앞뒤로 나눠 Map에 담으세요. Number.parseFloat("1.52 ms")는 1.52예요. 웜 호출에는 Init Duration이 없으니 initDurationMs를 넣지 마세요. invokeWithLogs도 이 결과를 report: parseReportLine(log)로 돌려줘야 해요.',
          ],
          en: [
            'The REPORT line starts with "REPORT RequestId: ..." and its fields are separated by tabs (\\t), each "Name: value unit". Other log lines may mention "Duration:" too, so read the REPORT line only.',
            'Find the line of log.split("\\n") that starts with "REPORT RequestId:", split it on "\\t", split each part at ": " into a Map. Number.parseFloat("1.52 ms") is 1.52. A warm invocation has no Init Duration, so leave initDurationMs out. invokeWithLogs must return it too, as report: parseReportLine(log).',
          ],
        },
      },
      async () => {
        const report = parseReportLine(warmTail);
        expect(report).toEqual({
          requestId: warmRequestId,
          durationMs: 1.52,
          billedDurationMs: 2,
          memorySizeMb: 128,
          maxMemoryUsedMb: 68,
        });
        expect(report, 'a warm invocation has no initDurationMs at all').not.toHaveProperty(
          'initDurationMs',
        );

        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          LogResult: toBase64(warmTail),
          Payload: bytesOf('ok'),
        });
        const out = await invokeWithLogs(client, 'greeter', {});
        expect(out.report, 'the report invokeWithLogs returns').toEqual(report);
      },
    );

    check(
      'report-cold',
      {
        title: {
          ko: '콜드 스타트의 REPORT 줄에서 Init Duration을 읽고, REPORT 줄이 없으면 undefined를 돌려줘요',
          en: 'reads Init Duration from a cold-start REPORT line, and returns undefined when there is no REPORT line',
        },
        points: 7,
        hints: {
          ko: [
            'Init Duration은 새 실행 환경을 만든 호출(콜드 스타트)의 REPORT 줄에만 있어요. 있을 때만 initDurationMs를 채우세요.',
            'Map에 "Init Duration"이 있으면 report.initDurationMs = Number.parseFloat(값)을 넣으세요. REPORT 줄을 못 찾으면 undefined를 돌려주세요.',
          ],
          en: [
            'Init Duration appears only on the REPORT line of an invocation that created a new execution environment (a cold start). Set initDurationMs only then.',
            'When the Map has "Init Duration", set report.initDurationMs = Number.parseFloat(value). When there is no REPORT line, return undefined.',
          ],
        },
      },
      async () => {
        expect(parseReportLine(coldTail)).toEqual({
          requestId: coldRequestId,
          durationMs: 2.07,
          billedDurationMs: 152,
          memorySizeMb: 512,
          maxMemoryUsedMb: 67,
          initDurationMs: 149.33,
        });
        expect(parseReportLine(tailWithoutReport), 'a tail without a REPORT line').toBeUndefined();
      },
    );
  },
);

task(
  {
    ko: '과제 4: 함수 오류를 타입이 있는 오류로 바꾸기',
    en: 'Task 4: turn a function error into a typed error',
  },
  () => {
    check(
      'function-error-typed',
      {
        title: {
          ko: 'FunctionError가 있으면 errorType, errorMessage, trace를 담은 FunctionInvocationError를 던져요',
          en: 'throws a FunctionInvocationError with errorType, errorMessage and trace when FunctionError is set',
        },
        points: 10,
        hints: {
          ko: [
            '함수가 예외를 던져도 Invoke의 StatusCode는 200이에요. 실패는 응답의 FunctionError("Unhandled")로 알 수 있고, 이때 Payload에는 오류 정보가 JSON으로 들어 있어요.',
            'response.FunctionError가 있으면 Payload를 디코드해서 new FunctionInvocationError({ functionName, functionError: response.FunctionError, errorType, errorMessage, trace })를 던지세요.',
          ],
          en: [
            'Even when the function throws, Invoke answers StatusCode 200. The failure shows in FunctionError ("Unhandled"), and the Payload then holds the error as JSON.',
            'When response.FunctionError is set, decode the Payload and throw new FunctionInvocationError({ functionName, functionError: response.FunctionError, errorType, errorMessage, trace }).',
          ],
        },
      },
      async () => {
        const errorPayload = {
          errorType: 'TypeError',
          errorMessage: "Cannot read properties of undefined (reading 'name')",
          trace: [
            "TypeError: Cannot read properties of undefined (reading 'name')",
            '    at Runtime.handler (file:///var/task/index.mjs:3:28)',
          ],
        };
        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          FunctionError: 'Unhandled',
          ExecutedVersion: '$LATEST',
          Payload: bytesOf(errorPayload),
        });
        const error = await invokeJson(client, 'greeter', {}).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, 'the rejection').toBeInstanceOf(FunctionInvocationError);
        expect(error).toMatchObject({
          functionName: 'greeter',
          functionError: 'Unhandled',
          errorType: 'TypeError',
          errorMessage: errorPayload.errorMessage,
          trace: errorPayload.trace,
        });
        await expect(invokeWithLogs(client, 'greeter', {}), 'invokeWithLogs too').rejects.toThrow(
          FunctionInvocationError,
        );

        // A function that times out answers with errorMessage only: no errorType, no trace.
        const timedOut = '2026-11-27T10:00:03.012Z 8f5a7e2c Task timed out after 3.00 seconds';
        lambda.reset();
        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          FunctionError: 'Unhandled',
          Payload: bytesOf({ errorMessage: timedOut }),
        });
        const timeout = await invokeJson(client, 'greeter', {}).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(timeout, 'a timed-out function').toBeInstanceOf(FunctionInvocationError);
        expect(timeout, 'a timed-out function').toMatchObject({
          functionError: 'Unhandled',
          errorType: 'Unhandled',
          errorMessage: timedOut,
          trace: [],
        });
      },
    );

    check(
      'error-shaped-result-is-not-error',
      {
        title: {
          ko: 'FunctionError가 없으면 errorMessage가 들어 있는 결과도 정상 결과로 돌려줘요',
          en: 'returns a result that merely contains errorMessage as a normal result when FunctionError is not set',
        },
        points: 5,
        hints: {
          ko: [
            '실패 여부는 Payload 모양이 아니라 FunctionError로 판단해요. 함수가 { errorMessage: ... }를 정상적으로 돌려줄 수도 있어요.',
            'if (response.FunctionError) 일 때만 오류를 던지고, 그렇지 않으면 디코드한 Payload를 그대로 돌려주세요.',
          ],
          en: [
            'Decide on FunctionError, not on the shape of the Payload: a function may return { errorMessage: ... } as its normal answer.',
            'Throw only if (response.FunctionError); otherwise return the decoded Payload as it is.',
          ],
        },
      },
      async () => {
        const answer = { errorMessage: 'validation failed: name is required', field: 'name' };
        lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytesOf(answer) });
        await expect(invokeJson(client, 'validator', {})).resolves.toEqual(answer);
      },
    );
  },
);

const retryOptions: RetryOptions = { retries: 4, baseDelayMs: 100, maxDelayMs: 500 };

/** Runs `withRetry` around `invokeJson` under fake timers; records when each attempt was sent. */
async function runThrottled(random: number, failures: number) {
  vi.useFakeTimers({ now: 0 });
  vi.spyOn(Math, 'random').mockReturnValue(random);
  const sentAt: number[] = [];
  let calls = 0;
  lambda.on(InvokeCommand).callsFake(async () => {
    sentAt.push(Date.now());
    calls += 1;
    if (calls <= failures) throw throttled();
    return { StatusCode: 200, Payload: bytesOf({ attempt: calls }) };
  });
  const outcome = withRetry(() => invokeJson(client, 'greeter', {}), retryOptions).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  const result = await outcome;
  const delays = sentAt.slice(1).map((t, i) => t - (sentAt[i] ?? 0));
  return { ...result, delays, calls };
}

const uncappedHint = {
  ko: '대기 시간이 상한을 넘었어요. 두 배씩 늘리되 maxDelayMs에서 멈춰야 해요: Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry).',
  en: 'The wait went past its ceiling: it doubles, but stops at maxDelayMs. Use Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry).',
};
const fakeTimersHint = {
  ko: '체크가 가짜로 돌리는 전역 setTimeout으로 기다리세요. node:timers/promises의 setTimeout은 체크의 시계를 따르지 않아요.',
  en: 'Wait with the global setTimeout, which the checks fake; the setTimeout of node:timers/promises does not follow the checks’ clock.',
};

const expectDelays = (actual: number[], expected: number[], label: string) => {
  expect(actual.length, `${label}: number of retries`).toBe(expected.length);
  actual.forEach((delay, i) => {
    const want = expected[i] ?? 0;
    // Hints for what went wrong with this delay; otherwise the check's own.
    const uncapped = i > 0 && want < 2 * (expected[i - 1] ?? 0) && delay > want + 1;
    const unfaked = delay === 0 && want > 0;
    const assertDelay = () =>
      expect(
        Math.abs(delay - want),
        `${label}: delay before retry ${i + 1} was ${delay} ms, expected ${want} ms (all: ${actual.join(', ')})`,
      ).toBeLessThanOrEqual(1);
    if (uncapped) because(uncappedHint, assertDelay);
    else if (unfaked) because(fakeTimersHint, assertDelay);
    else assertDelay();
  });
};

task(
  {
    ko: '과제 5: 스로틀링을 지수 백오프와 지터로 재시도하기',
    en: 'Task 5: retry throttling with exponential backoff and jitter',
  },
  () => {
    check(
      'retries-throttling',
      {
        title: {
          ko: 'TooManyRequestsException이 두 번 난 뒤 세 번째 시도의 결과를 돌려줘요',
          en: 'returns the result of the third attempt after two TooManyRequestsException',
        },
        points: 5,
        hints: {
          ko: [
            'withRetry는 operation()을 실행하고, 스로틀링(TooManyRequestsException)으로 실패하면 잠시 기다렸다가 다시 실행해요.',
            'for 반복문 안에서 try { return await operation(); } catch (error) { ... }로 감싸고, isRetryable(error)가 true이고 재시도 횟수가 남아 있으면 기다린 뒤 다시 돌게 하세요.',
          ],
          en: [
            'withRetry runs operation() and, when it fails with throttling (TooManyRequestsException), waits a little and runs it again.',
            'In a for loop, wrap try { return await operation(); } catch (error) { ... }; when isRetryable(error) and retries remain, wait, then loop again.',
          ],
        },
      },
      async () => {
        const run = await runThrottled(0.5, 2);
        expect(run, 'withRetry resolved').toHaveProperty('value', { attempt: 3 });
        expect(run.calls, 'Invoke calls sent').toBe(3);
      },
    );

    check(
      'backoff-delays',
      {
        title: {
          ko: '재시도 전 대기 시간은 Math.random() × min(maxDelayMs, baseDelayMs × 2^n) 공식을 따라요',
          en: 'waits Math.random() × min(maxDelayMs, baseDelayMs × 2^n) before each retry',
        },
        points: 7,
        hints: {
          ko: [
            '대기 시간의 상한은 재시도할 때마다 두 배(baseDelayMs, 2배, 4배, ...)가 되지만 maxDelayMs를 넘지 않아요. 실제 대기 시간은 0과 상한 사이의 무작위 값(full jitter)이에요.',
            'backoffDelay(retry, options)에서 Math.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry)를 돌려주고(첫 재시도는 retry = 0), withRetry에서 await new Promise((r) => setTimeout(r, delay))로 기다리세요.',
          ],
          en: [
            'The ceiling of the wait doubles with each retry (baseDelayMs, ×2, ×4, …) but never exceeds maxDelayMs. The actual wait is a random value between 0 and the ceiling ("full jitter").',
            'In backoffDelay(retry, options) return Math.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry) (retry = 0 for the first retry), and in withRetry wait with await new Promise((r) => setTimeout(r, delay)).',
          ],
        },
      },
      async () => {
        const half = await runThrottled(0.5, 4);
        expectDelays(half.delays, [50, 100, 200, 250], 'with Math.random() = 0.5');
        vi.useRealTimers();
        lambda.reset();
        const high = await runThrottled(0.9, 4);
        expectDelays(high.delays, [90, 180, 360, 450], 'with Math.random() = 0.9');
      },
    );

    check(
      'gives-up',
      {
        title: {
          ko: 'retries번 재시도한 뒤에도 스로틀링이면 마지막 TooManyRequestsException을 그대로 던져요',
          en: 'throws the last TooManyRequestsException as it is once the retries are used up',
        },
        points: 4,
        hints: {
          ko: [
            '재시도는 끝이 있어야 해요. 첫 시도 1번과 재시도 retries번, 모두 retries + 1번까지만 보내요.',
            '재시도 횟수가 options.retries에 닿으면 catch에서 잡은 error를 감싸지 말고 그대로 throw 하세요.',
          ],
          en: [
            'Retrying must end: one first attempt plus `retries` retries, retries + 1 calls in all.',
            'Once the retry count reaches options.retries, throw the caught error itself, unwrapped.',
          ],
        },
      },
      async () => {
        const run = await runThrottled(0.5, 10);
        expect(run.calls, 'Invoke calls sent').toBe(retryOptions.retries + 1);
        expect(run, 'withRetry rejected').toHaveProperty('error');
        if ('error' in run)
          expect(run.error, 'the error thrown').toBeInstanceOf(TooManyRequestsException);
      },
    );

    check(
      'no-retry-for-others',
      {
        title: {
          ko: '함수 오류, ResourceNotFoundException, ServiceException은 재시도하지 않고 바로 던져요',
          en: 'throws a function error, ResourceNotFoundException and ServiceException at once, without retrying',
        },
        points: 4,
        hints: {
          ko: [
            '스로틀링은 Lambda가 요청을 거절한 것이라 함수가 실행되지 않았어요. 함수 오류는 이미 실행된 것이라 다시 보내면 같은 작업이 두 번 실행될 수 있고, 없는 함수는 몇 번을 보내도 없어요.',
            'isRetryable(error)는 error.name === "TooManyRequestsException"일 때만 true를 돌려주세요.',
          ],
          en: [
            'Throttling means Lambda refused the request, so the function did not run. A function error means it ran, so sending again may do the work twice; and a missing function stays missing.',
            'Make isRetryable(error) return true only when error.name === "TooManyRequestsException".',
          ],
        },
      },
      async () => {
        const throttledOnce = await runThrottled(0.5, 1);
        expect(throttledOnce.calls, 'Invoke calls after one throttled attempt').toBe(2);
        lambda.reset();
        lambda.on(InvokeCommand).resolves({
          StatusCode: 200,
          FunctionError: 'Unhandled',
          Payload: bytesOf({ errorType: 'Error', errorMessage: 'boom', trace: [] }),
        });
        const failed = withRetry(() => invokeJson(client, 'greeter', {}), retryOptions);
        const failedAssertion = expect(failed).rejects.toThrow(FunctionInvocationError);
        await vi.runAllTimersAsync();
        await failedAssertion;
        expect(lambda, 'after a function error').toHaveReceivedCommandTimes(InvokeCommand, 1);

        lambda.reset();
        lambda.on(InvokeCommand).rejects(notFound());
        const missing = withRetry(() => invokeJson(client, 'greeter', {}), retryOptions);
        const missingAssertion = expect(missing).rejects.toThrow(ResourceNotFoundException);
        await vi.runAllTimersAsync();
        await missingAssertion;
        expect(lambda, 'after ResourceNotFoundException').toHaveReceivedCommandTimes(
          InvokeCommand,
          1,
        );

        // Lambda's own 500: it may have run the function already, so it is not retried either.
        lambda.reset();
        lambda.on(InvokeCommand).rejects(
          new ServiceException({
            message: 'An error occurred and the request cannot be processed.',
            $metadata: { httpStatusCode: 500 },
          }),
        );
        const broken = withRetry(() => invokeJson(client, 'greeter', {}), retryOptions);
        const brokenAssertion = expect(broken).rejects.toThrow(ServiceException);
        await vi.runAllTimersAsync();
        await brokenAssertion;
        expect(lambda, 'after ServiceException').toHaveReceivedCommandTimes(InvokeCommand, 1);
      },
    );
  },
);

const syncLimit = toBytes(limits.payload.synchronousRequest);
const asyncLimit = toBytes(limits.payload.asynchronous);

task(
  {
    ko: '과제 6: 한도를 넘는 페이로드는 보내기 전에 거절하기',
    en: 'Task 6: refuse payloads over the limit before sending',
  },
  () => {
    check(
      'refuses-oversized-sync',
      {
        title: {
          ko: `동기 호출 페이로드가 ${syncLimit.toLocaleString('ko-KR')}바이트를 넘으면 보내지 않고 PayloadTooLargeError를 던져요 (딱 한도면 보내요)`,
          en: `refuses a synchronous payload over ${syncLimit.toLocaleString('en-US')} bytes with PayloadTooLargeError and sends nothing (exactly the limit is sent)`,
        },
        points: 6,
        hints: {
          ko: [
            '한도를 넘는 요청은 Lambda가 RequestTooLargeException(413)으로 거절해요. 보내기 전에 검사하면 네트워크도 아끼고 오류도 분명해져요. 한도 숫자는 @lambda-dojo/lambda-facts에 있어요.',
            'encodePayload에서 toBytes(limits.payload.synchronousRequest)와 인코딩한 바이트 수(bytes.byteLength)를 비교하고, 넘으면 new PayloadTooLargeError({ bytes, limitBytes, invocationType })를 던지세요. 같으면 통과예요.',
          ],
          en: [
            'Lambda rejects a request over the limit with RequestTooLargeException (413). Checking before sending saves the round trip and gives a clear error. The limit lives in @lambda-dojo/lambda-facts.',
            'In encodePayload compare the encoded byte count (bytes.byteLength) with toBytes(limits.payload.synchronousRequest) and throw new PayloadTooLargeError({ bytes, limitBytes, invocationType }) when it is larger. Equal is fine.',
          ],
        },
        timeoutMs: 15_000,
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytesOf('ok') });
        await expect(invokeJson(client, 'greeter', payloadOfBytes(syncLimit + 1))).rejects.toThrow(
          PayloadTooLargeError,
        );
        expect(lambda, 'commands sent for an oversized payload').toHaveReceivedCommandTimes(
          InvokeCommand,
          0,
        );
        await expect(
          invokeJson(client, 'greeter', payloadOfBytes(syncLimit)),
          'a payload of exactly the limit',
        ).resolves.toBe('ok');
        expect(lambda).toHaveReceivedCommandTimes(InvokeCommand, 1);
      },
    );

    check(
      'refuses-oversized-async',
      {
        title: {
          ko: `비동기(Event) 호출에는 더 작은 한도(${asyncLimit.toLocaleString('ko-KR')}바이트)를 적용해요`,
          en: `applies the smaller limit (${asyncLimit.toLocaleString('en-US')} bytes) to asynchronous (Event) invocations`,
        },
        points: 5,
        hints: {
          ko: [
            '비동기 호출의 페이로드 한도는 동기 호출보다 작아요. 같은 페이로드라도 동기로는 보낼 수 있고 비동기로는 못 보낼 수 있어요.',
            'invocationType이 "Event"면 limits.payload.asynchronous, 아니면 limits.payload.synchronousRequest를 toBytes로 바꿔 비교하세요.',
          ],
          en: [
            'The payload limit of asynchronous invocations is smaller than the synchronous one: a payload may be fine synchronously and too large asynchronously.',
            'When invocationType is "Event" compare with toBytes(limits.payload.asynchronous), otherwise with toBytes(limits.payload.synchronousRequest).',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
        const payload = payloadOfBytes(asyncLimit + 1);
        const error = await invokeAsync(client, 'order-worker', payload).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, 'invokeAsync with a payload one byte over').toBeInstanceOf(
          PayloadTooLargeError,
        );
        expect(error).toMatchObject({ bytes: asyncLimit + 1, limitBytes: asyncLimit });
        expect(lambda, 'commands sent for an oversized payload').toHaveReceivedCommandTimes(
          InvokeCommand,
          0,
        );
        await invokeAsync(client, 'order-worker', payloadOfBytes(asyncLimit));
        expect(lambda, 'a payload of exactly the limit').toHaveReceivedCommandTimes(
          InvokeCommand,
          1,
        );
      },
    );

    check(
      'counts-bytes',
      {
        title: {
          ko: '글자 수가 아니라 UTF-8 바이트 수로 한도를 재요 (한글 한 글자는 3바이트)',
          en: 'measures the limit in UTF-8 bytes, not characters (a Hangul syllable is 3 bytes)',
        },
        points: 4,
        hints: {
          ko: [
            'Lambda 한도는 바이트 단위예요. JSON.stringify(payload).length는 글자 수라서 한글이 많으면 실제 크기보다 훨씬 작게 나와요.',
            'new TextEncoder().encode(JSON.stringify(payload))로 바이트를 만들고 그 byteLength를 한도와 비교하세요.',
          ],
          en: [
            'Lambda limits are in bytes. JSON.stringify(payload).length counts characters, which undercounts Korean text badly.',
            'Encode with new TextEncoder().encode(JSON.stringify(payload)) and compare its byteLength with the limit.',
          ],
        },
      },
      async () => {
        lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
        const characters = Math.floor(asyncLimit / 2);
        const payload = { memo: '가'.repeat(characters) };
        expect(JSON.stringify(payload).length).toBeLessThan(asyncLimit);
        await expect(invokeAsync(client, 'order-worker', payload)).rejects.toThrow(
          PayloadTooLargeError,
        );
        expect(lambda).toHaveReceivedCommandTimes(InvokeCommand, 0);
      },
    );
  },
);
