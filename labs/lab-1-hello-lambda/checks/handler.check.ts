import { isDeepStrictEqual } from 'node:util';
import { handler } from '@lab/handler.ts';
import { check, handlerInvoker, task } from '@lambda-dojo/check-kit';
import { expect } from 'vitest';

/** The console's "Hello World" event template, exactly as the 2018 slides show it. */
const helloWorldEvent = { key1: 'value1', key2: 'value2', key3: 'value3' };

/**
 * Invokes the handler the way the nodejs24.x runtime does: (event, context), no
 * callback. With --target local or aws, every call is a real Invoke.
 */
const invoke = await handlerInvoker({ entry: 'handler.ts', handler, name: 'hello' });

/** A successful invocation; a handler error fails the check with its message. */
async function respond(event: Record<string, unknown>) {
  const invocation = await invoke(event);
  if (invocation.error) {
    const { errorType, errorMessage } = invocation.error;
    throw new Error(`the handler failed: ${errorType}: ${errorMessage}`);
  }
  return invocation;
}

task(
  {
    ko: '과제 1: Hello World 테스트 이벤트에 응답하기',
    en: 'Task 1: answer the Hello World test event',
  },
  () => {
    check(
      'async-handler-without-callback',
      {
        title: {
          ko: 'nodejs24.x가 받아 주는 핸들러예요: 콜백 매개변수 없이 Promise로 응답해요',
          en: 'is a handler nodejs24.x accepts: no callback parameter, a Promise for the answer',
        },
        points: 10,
        hints: {
          ko: [
            'nodejs24.x 런타임은 콜백 방식 핸들러(event, context, callback)를 INIT 단계에서 Runtime.CallbackHandlerDeprecated 오류로 거부해요. async 함수로 값을 return 하세요.',
            'callback(null, response) 대신 return response; 를 쓰고, 세 번째 매개변수를 지우세요.',
          ],
          en: [
            'The nodejs24.x runtime refuses callback-style handlers (event, context, callback) at INIT with Runtime.CallbackHandlerDeprecated. Return the value from an async function.',
            'Replace callback(null, response) with return response; and remove the third parameter.',
          ],
        },
      },
      async () => {
        const invocation = await invoke(helloWorldEvent);
        expect(invocation.error, 'the runtime reports no error').toBeUndefined();
        expect(invocation.result).toMatchObject({ statusCode: 200 });
      },
    );

    check(
      'hello-world-response',
      {
        title: {
          ko: 'Hello World 이벤트에 statusCode 200과 "Hello from Lambda!"로 응답해요',
          en: 'answers the Hello World event with statusCode 200 and "Hello from Lambda!"',
        },
        points: 25,
        hints: {
          ko: [
            '콘솔 블루프린트의 응답은 { statusCode: 200, body: JSON.stringify("Hello from Lambda!") } 모양이에요. body 값이 정확히 같은지 보세요.',
            'body는 따옴표까지 포함한 문자열 "\\"Hello from Lambda!\\""여야 해요. 문자열을 그대로 넣지 말고 JSON.stringify(greeting)을 넣으세요.',
          ],
          en: [
            'The console blueprint returns { statusCode: 200, body: JSON.stringify("Hello from Lambda!") }. Compare your body with that exactly.',
            'The body must be the string "\\"Hello from Lambda!\\"", quotes included. Put JSON.stringify(greeting) in body, not the bare text.',
          ],
        },
      },
      async () => {
        const { result: response } = await respond(helloWorldEvent);
        expect(response).toEqual({ statusCode: 200, body: JSON.stringify('Hello from Lambda!') });
      },
    );

    check(
      'body-is-json-string',
      {
        title: {
          ko: 'body가 JSON으로 파싱되는 문자열이에요',
          en: 'the body is a string that parses as JSON',
        },
        points: 10,
        hints: {
          ko: [
            'API Gateway 같은 호출자는 body를 문자열로 받아요. 객체를 그대로 넣거나 JSON이 아닌 평문을 넣으면 안 돼요.',
            'JSON.parse(response.body)가 오류 없이 인사말 문자열을 돌려줘야 해요. body: JSON.stringify(greeting)으로 고치세요.',
          ],
          en: [
            'Callers such as API Gateway expect the body as a string. Neither an object nor plain non-JSON text will do.',
            'JSON.parse(response.body) must succeed and give back the greeting string. Use body: JSON.stringify(greeting).',
          ],
        },
      },
      async () => {
        const response = (await respond(helloWorldEvent)).result as { body: unknown };
        expect(typeof response.body, 'typeof body').toBe('string');
        expect(() => JSON.parse(response.body as string), 'JSON.parse(body)').not.toThrow();
        expect(typeof JSON.parse(response.body as string)).toBe('string');
      },
    );
  },
);

task({ ko: '과제 2: 이벤트를 로그로 남기기', en: 'Task 2: log the event' }, () => {
  check(
    'logs-event-as-json',
    {
      title: {
        ko: '받은 이벤트를 JSON 한 줄로 로그에 남겨요',
        en: 'logs the received event as one line of JSON',
      },
      points: 20,
      hints: {
        ko: [
          'console.log로 찍은 내용은 CloudWatch Logs에 남아요. 핸들러 첫 줄에서 이벤트를 찍어 보세요.',
          'console.log(event)는 객체를 Node 형식으로 찍어서 JSON이 아니에요. console.log(JSON.stringify(event))를 쓰세요. 들여쓰기 인자(JSON.stringify(event, null, 2))나 앞에 붙인 설명이 있으면 그 줄은 JSON 한 줄이 아니에요.',
        ],
        en: [
          "What you console.log ends up in CloudWatch Logs. Log the event in the handler's first line.",
          "console.log(event) prints Node's object notation, not JSON. Use console.log(JSON.stringify(event)), with no indentation argument (JSON.stringify(event, null, 2) spans several lines) and no label in front.",
        ],
      },
    },
    async () => {
      const event = { ...helloWorldEvent, requestNumber: 7 };
      const { output: messages } = await respond(event);
      // A message is what one console.log printed; it may hold line breaks of its own.
      const holdsEvent = (message: string) => {
        try {
          return isDeepStrictEqual(JSON.parse(message), event);
        } catch {
          return false;
        }
      };
      const logged = messages.filter(holdsEvent);
      const oneLine = logged.filter((message) => !/[\r\n]/.test(message));
      expect(
        logged.length,
        `no log line is the event as JSON and nothing else; logged: ${JSON.stringify(messages)}`,
      ).toBeGreaterThan(0);
      expect(
        oneLine.length,
        `the event is logged as JSON over ${logged[0]?.split('\n').length} lines; CloudWatch Logs makes each line its own entry`,
      ).toBeGreaterThan(0);
    },
  );
});

task({ ko: '과제 3: 이름으로 인사하기', en: 'Task 3: greet by name' }, () => {
  check(
    'greets-by-name',
    {
      title: {
        ko: '이벤트에 name이 있으면 "Hello, <name>!"으로 인사해요',
        en: 'greets "Hello, <name>!" when the event carries a name',
      },
      points: 20,
      hints: {
        ko: [
          'event.name이 비어 있지 않은 문자열인지 확인하고, 그렇다면 인사말을 바꾸세요.',
          '앞뒤 공백은 trim()으로 지우고, 빈 문자열이나 문자열이 아닌 값(숫자, null)은 이름이 없는 것으로 봐요. 예: { name: "  지호 " } → "Hello, 지호!"',
        ],
        en: [
          'Check whether event.name is a non-empty string and, if so, change the greeting.',
          'Trim the spaces around it; treat an empty string or a non-string (a number, null) as no name. Example: { name: "  Jiho " } → "Hello, Jiho!"',
        ],
      },
    },
    async () => {
      const greet = async (event: Record<string, unknown>) =>
        JSON.parse(((await respond(event)).result as { body: string }).body);
      expect(await greet({ name: 'Jiho' })).toBe('Hello, Jiho!');
      expect(await greet({ name: '  지호 ' })).toBe('Hello, 지호!');
      expect(await greet({ name: '' }), 'an empty name').toBe('Hello from Lambda!');
      expect(await greet({ name: 42 }), 'a name that is not a string').toBe('Hello from Lambda!');
    },
  );
});

task(
  { ko: '과제 4: 응답하기 전에 작업 끝내기', en: 'Task 4: finish the work before you return' },
  () => {
    check(
      'awaits-the-record',
      {
        title: {
          ko: '응답하기 전에 recordGreeting이 끝날 때까지 기다려요',
          en: 'waits for recordGreeting to finish before responding',
        },
        points: 15,
        hints: {
          ko: [
            '핸들러가 응답을 돌려주면 Lambda는 실행 환경을 얼려요. 아직 끝나지 않은 작업은 다음 호출 때까지 멈춰요.',
            'recordGreeting(...)이 돌려주는 Promise를 await 하세요: await recordGreeting(name). 이름이 없으면 "Lambda"를 기록해요.',
          ],
          en: [
            'Once the handler returns, Lambda freezes the execution environment; unfinished work stops until the next invocation.',
            'Await the promise recordGreeting(...) returns: await recordGreeting(name). Record "Lambda" when there is no name.',
          ],
        },
      },
      async () => {
        const name = `learner-${Date.now()}`;
        const named = await respond({ name });
        expect(named.output, 'what the function logged before it answered').toContain(
          `audit: recorded greeting for ${name}`,
        );
        const anonymous = await respond(helloWorldEvent);
        expect(anonymous.output).toContain('audit: recorded greeting for Lambda');
      },
    );
  },
);
