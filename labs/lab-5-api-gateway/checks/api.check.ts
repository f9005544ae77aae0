import { handler } from '@lab/handler.ts';
import { logoPng } from '@lab/logo.ts';
import { restHandler, toHttpApiEvent } from '@lab/rest-adapter.ts';
import { because, check, task } from '@lambda-dojo/check-kit';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { expect } from 'vitest';
import {
  httpApiEvent,
  httpApiGetHello,
  httpApiPostEcho,
  type RequestShape,
  restApiGetHello,
  restApiPostEcho,
} from './fixtures/events.ts';

interface Result {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

async function send(event: APIGatewayProxyEventV2): Promise<Result> {
  const result = (await handler(event)) as unknown;
  expect(typeof result, 'the handler returns a response object').toBe('object');
  return result as Result;
}

const request = (shape: RequestShape) => send(httpApiEvent(shape));

/** The course page that calls this API (allowedOrigin in the instructions). */
const pageOrigin = 'https://dojo.example.com';

/** A response header, whatever the case of its name. */
function header(result: Result, name: string): string | undefined {
  const entry = Object.entries(result.headers ?? {}).find(
    ([key]) => key.toLowerCase() === name.toLowerCase(),
  );
  return entry === undefined ? undefined : String(entry[1]);
}

/** The JSON body of a response, after checking it is declared and encoded as JSON. */
function jsonBody(result: Result, label: string): unknown {
  because(
    {
      ko: '응답이 JSON이라는 것을 content-type: application/json 헤더로 알려야 해요.',
      en: 'Say that the answer is JSON with the content-type: application/json header.',
    },
    () =>
      expect(header(result, 'content-type') ?? '', `${label}: content-type`).toMatch(
        /^application\/json/,
      ),
  );
  because(
    {
      ko: 'body는 문자열이어야 해요. 객체를 그대로 넣지 말고 JSON.stringify(...)로 바꿔서 넣으세요.',
      en: 'The body must be a string: pass the object through JSON.stringify(...) instead of returning it as it is.',
    },
    () => expect(typeof result.body, `${label}: the body is a string`).toBe('string'),
  );
  try {
    return JSON.parse(result.body as string);
  } catch {
    throw new Error(`${label}: the body is not JSON: ${result.body}`);
  }
}

/** Checks that a response is a JSON error { "error": "..." } with this status. */
function expectJsonError(result: Result, status: number, label: string) {
  expect(result.statusCode, `${label}: statusCode`).toBe(status);
  const body = jsonBody(result, label) as { error?: unknown };
  expect(typeof body?.error, `${label}: body.error is a message`).toBe('string');
  expect((body.error as string).trim(), `${label}: body.error says what is wrong`).not.toBe('');
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

task({ ko: '과제 1: GET /hello', en: 'Task 1: GET /hello' }, () => {
  check(
    'hello-with-name',
    {
      title: {
        ko: 'GET /hello?name=지호 요청에 200과 JSON {"message":"Hello, 지호!"}로 응답해요',
        en: 'answers GET /hello?name=지호 with 200 and the JSON {"message":"Hello, 지호!"}',
      },
      points: 8,
      hints: {
        ko: [
          '응답이 JSON이라는 것을 content-type: application/json 헤더로 알려야 해요(responses.ts의 json()). 이름은 event.queryStringParameters에 이미 URL 디코딩된 값으로 들어 있어서 rawQueryString을 직접 파싱할 필요가 없어요.',
          'hello()에서 json(200, { message: "Hello, " + name + "!" })를 돌려주세요. json()은 content-type: application/json 헤더를 붙이고 body를 JSON.stringify 해야 해요.',
        ],
        en: [
          'Say that the answer is JSON with the content-type: application/json header (json() in responses.ts). The name is in event.queryStringParameters, already URL-decoded: no need to parse rawQueryString yourself.',
          'In hello() return json(200, { message: "Hello, " + name + "!" }). json() must set the content-type: application/json header and JSON.stringify the body.',
        ],
      },
    },
    async () => {
      const result = await send(httpApiGetHello());
      expect(result.statusCode, 'statusCode').toBe(200);
      expect(jsonBody(result, 'GET /hello?name=지호')).toEqual({ message: 'Hello, 지호!' });
    },
  );

  check(
    'hello-without-name',
    {
      title: {
        ko: '이름이 없거나 공백뿐이면 "Hello, world!"로 응답해요 (쿼리 문자열이 없어도 오류 없이)',
        en: 'answers "Hello, world!" when the name is missing or blank (no query string at all included)',
      },
      points: 4,
      hints: {
        ko: [
          '쿼리 문자열이 아예 없으면 HTTP API는 queryStringParameters 필드 자체를 넣지 않아요. event.queryStringParameters.name은 그때 TypeError를 내요.',
          'event.queryStringParameters?.name?.trim()처럼 옵셔널 체이닝을 쓰고, 결과가 빈 문자열이면 "world"를 쓰세요.',
        ],
        en: [
          'With no query string at all, HTTP API leaves out queryStringParameters entirely; event.queryStringParameters.name then throws a TypeError.',
          'Use optional chaining, event.queryStringParameters?.name?.trim(), and use "world" when that is empty.',
        ],
      },
    },
    async () => {
      const none = await request({ method: 'GET', path: '/hello' });
      expect(jsonBody(none, 'GET /hello'), 'GET /hello').toEqual({ message: 'Hello, world!' });
      const blank = await request({ method: 'GET', path: '/hello', query: { name: '   ' } });
      expect(jsonBody(blank, 'GET /hello?name=%20%20%20'), 'a blank name').toEqual({
        message: 'Hello, world!',
      });
      const other = await request({ method: 'GET', path: '/hello', query: { lang: 'ko' } });
      expect(jsonBody(other, 'GET /hello?lang=ko'), 'a query string without a name').toEqual({
        message: 'Hello, world!',
      });
    },
  );
});

task({ ko: '과제 2: POST /echo', en: 'Task 2: POST /echo' }, () => {
  check(
    'echo-json',
    {
      title: {
        ko: 'POST /echo의 JSON 본문을 {"echo": 본문}으로 돌려줘요',
        en: 'answers POST /echo with {"echo": <the body>} for a JSON body',
      },
      points: 6,
      hints: {
        ko: [
          '본문은 event.body에 문자열로 들어와요. JSON.parse 해서 { echo: 값 }으로 감싸 돌려주세요.',
          'echo()에서 return json(200, { echo: JSON.parse(event.body) }) 모양이에요. 본문이 한글이어도 그대로 돌려줘야 해요.',
        ],
        en: [
          'The body arrives in event.body as a string. JSON.parse it and answer { echo: value }.',
          'In echo(): return json(200, { echo: JSON.parse(event.body) }). Korean text must come back unchanged.',
        ],
      },
    },
    async () => {
      const payload = { name: '지호', tags: ['서울', 'lambda'], count: 3 };
      const result = await request({
        method: 'POST',
        path: '/echo',
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
      expect(result.statusCode, 'statusCode').toBe(200);
      expect(jsonBody(result, 'POST /echo')).toEqual({ echo: payload });
    },
  );

  check(
    'echo-base64',
    {
      title: {
        ko: 'isBase64Encoded가 true이면 본문을 base64로 디코드한 뒤 읽어요',
        en: 'decodes the body from base64 first when isBase64Encoded is true',
      },
      points: 6,
      hints: {
        ko: [
          'API Gateway는 본문을 base64로 인코딩해서 넘길 때가 있고, 그때 event.isBase64Encoded가 true예요. sam local generate-event가 만드는 이벤트도 그래요.',
          'const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body; 를 JSON.parse 하세요.',
        ],
        en: [
          'API Gateway sometimes hands the body over base64-encoded, with event.isBase64Encoded set to true; the events sam local generate-event produces do too.',
          'JSON.parse the text you get from: event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body.',
        ],
      },
    },
    async () => {
      const fromSam = await send(httpApiPostEcho());
      expect(fromSam.statusCode, 'statusCode').toBe(200);
      expect(jsonBody(fromSam, 'the SAM-shaped POST /echo event')).toEqual({
        echo: { test: 'body' },
      });
      const korean = await request({
        method: 'POST',
        path: '/echo',
        body: base64(JSON.stringify({ 메뉴: '떡볶이' })),
        base64: true,
      });
      expect(jsonBody(korean, 'a base64 body with Korean text')).toEqual({
        echo: { 메뉴: '떡볶이' },
      });
    },
  );

  check(
    'echo-invalid-json',
    {
      title: {
        ko: '잘못된 JSON이나 빈 본문에는 함수가 죽지 않고 400과 JSON 오류 본문 {"error": "..."}으로 응답해요',
        en: 'answers invalid JSON or an empty body with 400 and a JSON error body {"error": "..."}, without crashing',
      },
      points: 8,
      hints: {
        ko: [
          '핸들러가 예외를 던지면 API Gateway는 클라이언트에게 500대 오류만 보여 줘요. 잘못된 요청은 클라이언트 잘못이니 400으로 알려야 해요.',
          'JSON.parse를 try/catch로 감싸고, catch에서 error(400, "Expected a JSON body but received invalid JSON")을 돌려주세요. event.body가 없거나 빈 문자열일 때도 400이에요.',
        ],
        en: [
          'When the handler throws, API Gateway shows the client only a 5xx error. A bad request is the client’s mistake: say so with 400.',
          'Wrap JSON.parse in try/catch and return error(400, "Expected a JSON body but received invalid JSON") from the catch. A missing or empty event.body is a 400 too.',
        ],
      },
    },
    async () => {
      const broken = await request({ method: 'POST', path: '/echo', body: '{"name": "지호",' });
      expectJsonError(broken, 400, 'invalid JSON');
      const broken64 = await request({
        method: 'POST',
        path: '/echo',
        body: base64('not json'),
        base64: true,
      });
      expectJsonError(broken64, 400, 'invalid JSON, base64-encoded');
      const empty = await request({ method: 'POST', path: '/echo' });
      expectJsonError(empty, 400, 'no body');
      const blank = await request({ method: 'POST', path: '/echo', body: '' });
      expectJsonError(blank, 400, 'an empty body');
      const message = (result: Result) =>
        (JSON.parse(result.body ?? '{}') as { error: string }).error;
      expect(
        message(empty),
        'the client is told the body is missing, not that it is broken',
      ).not.toBe(message(broken));
      expect(message(blank), 'an empty body is a missing body').toBe(message(empty));
    },
  );
});

task({ ko: '과제 3: GET /items/{id}', en: 'Task 3: GET /items/{id}' }, () => {
  check(
    'item-found',
    {
      title: {
        ko: 'GET /items/bibimbap과 퍼센트 인코딩된 /items/떡볶이 요청에 그 항목을 JSON으로 돌려줘요',
        en: 'answers GET /items/bibimbap and the percent-encoded /items/떡볶이 with the item as JSON',
      },
      points: 7,
      hints: {
        ko: [
          '경로에서 id를 꺼내 findItem(id)로 찾으세요. rawPath는 클라이언트가 보낸 그대로라 한글이 %EB%96%A1… 처럼 인코딩되어 있어요.',
          'item(rawId)에서 decodeURIComponent(rawId)로 디코드한 다음 findItem에 넘기고, 찾으면 json(200, item)을 돌려주세요.',
        ],
        en: [
          'Take the id from the path and look it up with findItem(id). rawPath is what the client sent, so Korean arrives encoded as %EB%96%A1….',
          'In item(rawId), decode with decodeURIComponent(rawId), pass that to findItem, and return json(200, item) when found.',
        ],
      },
    },
    async () => {
      const plain = await request({ method: 'GET', path: '/items/bibimbap' });
      expect(plain.statusCode, 'GET /items/bibimbap: statusCode').toBe(200);
      expect(jsonBody(plain, 'GET /items/bibimbap')).toEqual({
        id: 'bibimbap',
        name: '비빔밥',
        priceWon: 9_000,
      });
      const encoded = await request({
        method: 'GET',
        path: `/items/${encodeURIComponent('떡볶이')}`,
      });
      expect(encoded.statusCode, 'GET /items/%EB%96%A1%EB%B3%B6%EC%9D%B4: statusCode').toBe(200);
      expect(jsonBody(encoded, 'GET /items/떡볶이')).toMatchObject({ id: '떡볶이' });
    },
  );

  check(
    'item-missing',
    {
      title: {
        ko: '없는 항목에는 404, 잘못된 퍼센트 인코딩에는 400을 JSON 오류로 돌려줘요',
        en: 'answers a missing item with 404 and broken percent-encoding with 400, as JSON errors',
      },
      points: 8,
      hints: {
        ko: [
          'findItem이 undefined를 돌려주면 404예요. 그리고 decodeURIComponent("%E0%A4%A")는 URIError를 던져요. 핸들러 밖으로 새면 502가 돼요.',
          '찾지 못하면 error(404, ...)를, decodeURIComponent를 try/catch로 감싸서 실패하면 error(400, ...)를 돌려주세요.',
        ],
        en: [
          'When findItem returns undefined, it is a 404. And decodeURIComponent("%E0%A4%A") throws a URIError; escaping the handler it becomes a 502.',
          'Return error(404, ...) when not found, and wrap decodeURIComponent in try/catch to return error(400, ...) when it fails.',
        ],
      },
    },
    async () => {
      expectJsonError(
        await request({ method: 'GET', path: '/items/pizza' }),
        404,
        'GET /items/pizza',
      );
      expectJsonError(
        await request({ method: 'GET', path: '/items/%E0%A4%A' }),
        400,
        'GET /items/%E0%A4%A',
      );
    },
  );
});

task(
  { ko: '과제 4: 라우팅, 404와 405, 스테이지', en: 'Task 4: routing, 404 and 405, stages' },
  () => {
    check(
      'method-not-allowed',
      {
        title: {
          ko: '있는 경로에 맞지 않는 메서드로 오면 405와 Allow 헤더로 응답해요',
          en: 'answers a known path with the wrong method with 405 and an Allow header',
        },
        points: 7,
        hints: {
          ko: [
            '경로는 있는데 메서드가 다르면 404가 아니라 405 Method Not Allowed예요. 응답의 Allow 헤더에 그 경로가 받는 메서드를 적어야 해요.',
            '먼저 경로가 맞는 라우트를 모두 찾고, 그중 메서드가 맞는 것이 없으면 error(405, ..., { allow: "GET, OPTIONS" })처럼 돌려주세요.',
          ],
          en: [
            'A path that exists with a different method is not a 404 but 405 Method Not Allowed, and its Allow header lists the methods the path accepts.',
            'Find every route whose path matches first; when none has the method, return something like error(405, ..., { allow: "GET, OPTIONS" }).',
          ],
        },
      },
      async () => {
        const cases: [string, string, string][] = [
          ['DELETE', '/hello', 'GET'],
          ['GET', '/echo', 'POST'],
          ['PUT', '/items/bibimbap', 'GET'],
        ];
        for (const [method, path, allowed] of cases) {
          const result = await request({ method, path, body: '{}' });
          expectJsonError(result, 405, `${method} ${path}`);
          const allow = (header(result, 'allow') ?? '').split(',').map((m) => m.trim());
          expect(allow.sort(), `${method} ${path}: the Allow header`).toEqual(
            [allowed, 'OPTIONS'].sort(),
          );
        }
      },
    );

    check(
      'unknown-path',
      {
        title: {
          ko: '없는 경로에는 404와 JSON 오류 본문으로 응답해요',
          en: 'answers an unknown path with 404 and a JSON error body',
        },
        points: 4,
        hints: {
          ko: [
            '어떤 라우트에도 맞지 않는 경로는 404 Not Found예요. 본문도 다른 오류처럼 JSON으로 보내세요.',
            '경로가 맞는 라우트가 하나도 없으면 error(404, "No route for " + path)를 돌려주세요.',
          ],
          en: [
            'A path no route matches is 404 Not Found, with a JSON body like the other errors.',
            'When no route matches the path, return error(404, "No route for " + path).',
          ],
        },
      },
      async () => {
        expectJsonError(await request({ method: 'GET', path: '/nope' }), 404, 'GET /nope');
        expectJsonError(
          await request({ method: 'GET', path: '/hello/extra' }),
          404,
          'GET /hello/extra',
        );
        for (const path of [
          '/v1/hello',
          '/api/echo',
          '/echo/again',
          '/v1/items/bibimbap',
          '/items/bibimbap/extra',
          '/v1/logo.png',
          '/logo.png.bak',
        ]) {
          const method = path.includes('echo') ? 'POST' : 'GET';
          expectJsonError(await request({ method, path, body: '{}' }), 404, `${method} ${path}`);
        }
      },
    );

    check(
      'named-stage',
      {
        title: {
          ko: '이름 있는 스테이지(prod)에서는 rawPath 앞의 /prod를 떼고 라우팅해요',
          en: 'routes requests on a named stage (prod) with the /prod prefix of rawPath removed',
        },
        points: 4,
        hints: {
          ko: [
            'HTTP API의 $default 스테이지가 아니면 rawPath가 스테이지 이름으로 시작해요. prod 스테이지의 /hello 요청은 rawPath가 /prod/hello예요.',
            'routePath(event)에서 requestContext.stage가 "$default"가 아니고 rawPath가 "/" + stage + "/"로 시작하면 그 부분을 잘라 내세요. $default 스테이지에서는 아무것도 떼지 않아요. 거기서 /$default/hello는 없는 경로예요.',
          ],
          en: [
            'On any HTTP API stage other than $default, rawPath starts with the stage name: a request for /hello on stage prod has the rawPath /prod/hello.',
            'In routePath(event), when requestContext.stage is not "$default" and rawPath starts with "/" + stage + "/", cut that part off. On the $default stage nothing is cut off: /$default/hello there is a path that does not exist.',
          ],
        },
      },
      async () => {
        const result = await request({
          method: 'GET',
          path: '/hello',
          query: { name: 'Mina' },
          stage: 'prod',
        });
        expect(result.statusCode, 'GET /prod/hello on stage prod: statusCode').toBe(200);
        expect(jsonBody(result, 'GET /prod/hello on stage prod')).toEqual({
          message: 'Hello, Mina!',
        });
        // On $default the path is the route as the client sent it: nothing is cut off.
        const literal = await request({ method: 'GET', path: '/$default/hello' });
        expectJsonError(literal, 404, 'GET /$default/hello on the $default stage (no such route)');
      },
    );
  },
);

task({ ko: '과제 5: CORS', en: 'Task 5: CORS' }, () => {
  check(
    'cors-on-every-response',
    {
      title: {
        ko: '성공이든 오류든 모든 응답이 Access-Control-Allow-Origin으로 allowedOrigin 하나만 허용해요',
        en: 'every response, success or error, allows allowedOrigin alone with Access-Control-Allow-Origin',
      },
      points: 6,
      hints: {
        ko: [
          '브라우저는 Access-Control-Allow-Origin이 없는 교차 출처 응답을 페이지에 보여 주지 않아요. 오류 응답도 마찬가지라서, 빠지면 페이지는 오류 메시지도 읽지 못해요. 값은 언제나 allowedOrigin 하나예요. "*"나 요청의 Origin을 그대로 돌려주면 다른 사이트도 응답을 읽어요.',
          'corsHeaders()가 { "access-control-allow-origin": allowedOrigin }을 돌려주게 하고, json()과 binary()의 headers에 ...corsHeaders()를 넣으세요.',
        ],
        en: [
          'A browser hides a cross-origin response without Access-Control-Allow-Origin from the page. Error responses too: without it the page cannot even read the error. Its value is always allowedOrigin: "*" or the request’s Origin echoed back lets any other site read the answers.',
          'Make corsHeaders() return { "access-control-allow-origin": allowedOrigin } and spread ...corsHeaders() into the headers of json() and binary().',
        ],
      },
    },
    async () => {
      const responses: [string, Result][] = [
        ['GET /hello', await send(httpApiGetHello())],
        ['POST /echo (invalid JSON)', await request({ method: 'POST', path: '/echo', body: '{' })],
        ['GET /items/pizza', await request({ method: 'GET', path: '/items/pizza' })],
        ['DELETE /hello', await request({ method: 'DELETE', path: '/hello' })],
        ['GET /nope', await request({ method: 'GET', path: '/nope' })],
        ['GET /logo.png', await request({ method: 'GET', path: '/logo.png' })],
      ];
      for (const [label, result] of responses) {
        expect(header(result, 'access-control-allow-origin'), label).toBe(pageOrigin);
      }
      // A page on any other site must not be let in: not by '*', not by echoing its Origin.
      const otherSite = 'https://attacker.example';
      const fromElsewhere: [string, Result][] = [
        [
          `GET /hello from ${otherSite}`,
          await request({ method: 'GET', path: '/hello', headers: { origin: otherSite } }),
        ],
        [
          `OPTIONS /echo from ${otherSite}`,
          await request({
            method: 'OPTIONS',
            path: '/echo',
            headers: { origin: otherSite, 'access-control-request-method': 'POST' },
          }),
        ],
        [
          `GET /nope from ${otherSite}`,
          await request({ method: 'GET', path: '/nope', headers: { origin: otherSite } }),
        ],
      ];
      for (const [label, result] of fromElsewhere) {
        expect(header(result, 'access-control-allow-origin'), label).toBe(pageOrigin);
      }
    },
  );

  check(
    'preflight',
    {
      title: {
        ko: 'OPTIONS 프리플라이트에 204와 허용 메서드, 허용 헤더로 응답해요 (없는 경로는 404)',
        en: 'answers an OPTIONS preflight with 204, the allowed methods and headers (an unknown path gets 404)',
      },
      points: 9,
      hints: {
        ko: [
          '브라우저는 다른 출처로 JSON을 POST 하기 전에 OPTIONS 요청(프리플라이트)을 먼저 보내요. 여기에 204로 답하면서 허용하는 메서드와 요청 헤더를 알려 줘야 실제 요청을 보내요.',
          '메서드가 OPTIONS이고 경로가 있으면 preflight(허용 메서드 목록)을 돌려주세요. 헤더는 access-control-allow-methods(예: "POST, OPTIONS"), access-control-allow-headers("content-type"), access-control-allow-origin, access-control-max-age(초 단위, 예: "600")예요.',
        ],
        en: [
          'Before a cross-origin JSON POST the browser sends an OPTIONS request (the preflight). Only when it is answered with 204 and the allowed methods and request headers does the real request follow.',
          'When the method is OPTIONS and the path exists, return preflight(allowed methods). Headers: access-control-allow-methods (e.g. "POST, OPTIONS"), access-control-allow-headers ("content-type"), access-control-allow-origin, access-control-max-age (seconds, e.g. "600").',
        ],
      },
    },
    async () => {
      const result = await request({
        method: 'OPTIONS',
        path: '/echo',
        headers: {
          origin: pageOrigin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(result.statusCode, 'OPTIONS /echo: statusCode').toBe(204);
      expect(result.body ?? '', 'OPTIONS /echo: no body').toBe('');
      expect(header(result, 'access-control-allow-origin'), 'allow-origin').toBe(pageOrigin);
      const methods = (header(result, 'access-control-allow-methods') ?? '')
        .split(',')
        .map((m) => m.trim());
      expect(methods, 'access-control-allow-methods').toContain('POST');
      expect(
        (header(result, 'access-control-allow-headers') ?? '').toLowerCase(),
        'access-control-allow-headers',
      ).toContain('content-type');
      const maxAge = Number(header(result, 'access-control-max-age'));
      expect(
        Number.isInteger(maxAge) && maxAge > 0,
        'access-control-max-age: how long the browser may reuse this answer, in whole seconds',
      ).toBe(true);
      expectJsonError(await request({ method: 'OPTIONS', path: '/nope' }), 404, 'OPTIONS /nope');
    },
  );
});

task({ ko: '과제 6: 바이너리 응답', en: 'Task 6: a binary response' }, () => {
  check(
    'binary-logo',
    {
      title: {
        ko: 'GET /logo.png에 PNG 바이트를 base64 본문과 isBase64Encoded: true로 돌려줘요',
        en: 'answers GET /logo.png with the PNG bytes as a base64 body and isBase64Encoded: true',
      },
      points: 10,
      hints: {
        ko: [
          'Lambda의 응답은 JSON이라 바이트를 그대로 담을 수 없어요. base64 문자열로 바꾸고 isBase64Encoded: true로 알려 주면 API Gateway가 다시 바이트로 바꿔 보내요.',
          'binary(bytes, contentType)에서 { statusCode: 200, headers: { "content-type": contentType, ... }, body: Buffer.from(bytes).toString("base64"), isBase64Encoded: true }를 돌려주고, logo()에서 binary(logoPng, "image/png")를 쓰세요.',
        ],
        en: [
          'A Lambda result is JSON and cannot hold raw bytes. Turn them into a base64 string and set isBase64Encoded: true; API Gateway turns them back into bytes for the client.',
          'In binary(bytes, contentType) return { statusCode: 200, headers: { "content-type": contentType, ... }, body: Buffer.from(bytes).toString("base64"), isBase64Encoded: true }, and use binary(logoPng, "image/png") in logo().',
        ],
      },
    },
    async () => {
      const result = await request({ method: 'GET', path: '/logo.png' });
      expect(result.statusCode, 'statusCode').toBe(200);
      expect(header(result, 'content-type'), 'content-type').toBe('image/png');
      expect(result.isBase64Encoded, 'isBase64Encoded').toBe(true);
      expect(typeof result.body, 'the body is a string').toBe('string');
      const bytes = Buffer.from(result.body as string, 'base64');
      expect(bytes.equals(Buffer.from(logoPng)), 'the decoded body is the PNG file').toBe(true);
    },
  );
});

task(
  {
    ko: '과제 7: REST API(페이로드 1.0) 이벤트 받기',
    en: 'Task 7: accept REST API (payload 1.0) events',
  },
  () => {
    check(
      'rest-event-converted',
      {
        title: {
          ko: 'toHttpApiEvent가 1.0 이벤트의 메서드, 경로, 쿼리, 헤더, 본문을 2.0 모양으로 옮겨요',
          en: 'toHttpApiEvent moves the method, path, query, headers and body of a 1.0 event into the 2.0 shape',
        },
        points: 5,
        hints: {
          ko: [
            '1.0은 httpMethod와 path(스테이지 없음), 2.0은 requestContext.http.method와 rawPath를 써요. 2.0의 헤더 이름은 모두 소문자이고, 여러 값은 쉼표로 이어요.',
            'rawPath: event.path, requestContext.http.method: event.httpMethod, headers는 이름을 toLowerCase()로, queryStringParameters는 multiValueQueryStringParameters의 값을 join(",")으로, body와 isBase64Encoded는 그대로 옮기세요.',
          ],
          en: [
            '1.0 has httpMethod and path (without the stage); 2.0 has requestContext.http.method and rawPath. 2.0 header names are lower case, and repeated values are joined with commas.',
            'rawPath: event.path, requestContext.http.method: event.httpMethod, header names through toLowerCase(), queryStringParameters from multiValueQueryStringParameters joined with ",", body and isBase64Encoded as they are.',
          ],
        },
      },
      async () => {
        const rest = restApiGetHello();
        rest.multiValueQueryStringParameters = { name: ['지호'], tag: ['a', 'b'] };
        rest.queryStringParameters = { name: '지호', tag: 'b' };
        const v2 = toHttpApiEvent(rest);
        expect(v2.rawPath, 'rawPath').toBe('/hello');
        expect(v2.requestContext?.http?.method, 'requestContext.http.method').toBe('GET');
        expect(v2.requestContext?.stage, 'requestContext.stage').toBe('prod');
        expect(v2.queryStringParameters, 'queryStringParameters').toEqual({
          name: '지호',
          tag: 'a,b',
        });
        expect(v2.headers?.origin, 'headers.origin (lower-case name)').toBe(
          'https://dojo.example.com',
        );
        const post = toHttpApiEvent(restApiPostEcho());
        expect(post.requestContext?.http?.method).toBe('POST');
        expect(post.body, 'body').toBe('eyJ0ZXN0IjoiYm9keSJ9');
        expect(post.isBase64Encoded, 'isBase64Encoded').toBe(true);
        expect(post.headers?.['content-type'], 'headers["content-type"]').toBe('application/json');
        expect(v2.version, 'version').toBe('2.0');
        expect(v2.routeKey, 'routeKey').toBe('$default');
        expect(v2.rawQueryString, 'rawQueryString').toBe('name=%EC%A7%80%ED%98%B8&tag=a&tag=b');
        expect(v2, 'a GET without a body has no body').not.toHaveProperty('body');

        // A repeated header is joined with commas; headers sent once may be in headers only.
        const repeated = restApiGetHello();
        repeated.multiValueHeaders = {
          ...repeated.multiValueHeaders,
          'Accept-Language': ['ko-KR', 'en;q=0.8'],
        };
        repeated.headers = { ...repeated.headers, 'Accept-Language': 'en;q=0.8' };
        expect(toHttpApiEvent(repeated).headers?.['accept-language'], 'a repeated header').toBe(
          'ko-KR,en;q=0.8',
        );
        const handWritten = restApiGetHello();
        handWritten.multiValueHeaders = {};
        handWritten.multiValueQueryStringParameters = null;
        const single = toHttpApiEvent(handWritten);
        expect(single.headers?.origin, 'headers without multiValueHeaders').toBe(
          'https://dojo.example.com',
        );
        expect(single.queryStringParameters, 'queryStringParameters alone').toEqual({
          name: '지호',
        });
        const bare = restApiGetHello();
        bare.queryStringParameters = null;
        bare.multiValueQueryStringParameters = null;
        const noQuery = toHttpApiEvent(bare);
        expect(noQuery, 'no query string: no queryStringParameters').not.toHaveProperty(
          'queryStringParameters',
        );
        expect(noQuery.rawQueryString, 'no query string: an empty rawQueryString').toBe('');

        // requestContext keeps what 1.0 has elsewhere; the Cookie header becomes `cookies`.
        expect(v2.requestContext, 'requestContext').toMatchObject({
          accountId: '123456789012',
          apiId: '1234567890',
          domainName: '1234567890.execute-api.ap-northeast-2.amazonaws.com',
          domainPrefix: '1234567890',
          requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
          routeKey: '$default',
          time: '27/Nov/2026:03:12:47 +0000',
          timeEpoch: 1795749167331,
          http: { sourceIp: '127.0.0.1', userAgent: 'Custom User Agent String' },
        });
        expect(v2.pathParameters, 'pathParameters').toEqual({ proxy: 'hello' });
        expect(v2, 'no Cookie header: no cookies').not.toHaveProperty('cookies');
        const withCookies = restApiGetHello();
        withCookies.headers = { ...withCookies.headers, Cookie: 'theme=dark;lang=ko; ' };
        withCookies.multiValueHeaders = {
          ...withCookies.multiValueHeaders,
          Cookie: ['theme=dark;lang=ko; '],
        };
        withCookies.stageVariables = { table: 'menu' };
        const cookied = toHttpApiEvent(withCookies);
        expect(cookied.cookies, 'cookies').toEqual(['theme=dark', 'lang=ko']);
        expect(cookied.stageVariables, 'stageVariables').toEqual({ table: 'menu' });
        const emptyCookie = restApiGetHello();
        emptyCookie.headers = { ...emptyCookie.headers, Cookie: '' };
        emptyCookie.multiValueHeaders = { ...emptyCookie.multiValueHeaders, Cookie: [''] };
        expect(
          toHttpApiEvent(emptyCookie),
          'an empty Cookie header: no cookies',
        ).not.toHaveProperty('cookies');
        const sparse = restApiGetHello();
        const context = sparse.requestContext as unknown as Record<string, unknown>;
        delete context.domainName;
        delete context.requestTime;
        sparse.requestContext.identity.userAgent = null;
        expect(
          toHttpApiEvent(sparse).requestContext,
          'a hand-written requestContext',
        ).toMatchObject({
          domainName: '1234567890.execute-api.ap-northeast-2.amazonaws.com',
          domainPrefix: '1234567890',
          time: '',
          http: { userAgent: '' },
        });
        const hostless = restApiGetHello();
        delete (hostless.requestContext as unknown as Record<string, unknown>).domainName;
        hostless.headers = { Accept: 'application/json' };
        hostless.multiValueHeaders = { Accept: ['application/json'] };
        expect(toHttpApiEvent(hostless).requestContext, 'no domain name and no Host').toMatchObject(
          {
            domainName: '',
            domainPrefix: '',
          },
        );
      },
    );

    check(
      'rest-handler',
      {
        title: {
          ko: 'restHandler가 1.0 이벤트에 2.0 핸들러와 같은 응답을, 본문이 늘 문자열인 1.0 결과로 돌려줘요',
          en: 'restHandler answers 1.0 events like the 2.0 handler, as 1.0 results whose body is always a string',
        },
        points: 8,
        hints: {
          ko: [
            'restHandler는 이벤트를 toHttpApiEvent로 바꿔 handler에 넘기고, 결과를 1.0 모양으로 돌려줘요. 1.0 결과는 body가 반드시 문자열이어야 해요(204도 빈 문자열).',
            'const result = await handler(toHttpApiEvent(event)); return { statusCode: result.statusCode, headers: result.headers, body: result.body ?? "", isBase64Encoded: result.isBase64Encoded ?? false };',
          ],
          en: [
            'restHandler converts the event with toHttpApiEvent, calls handler, and returns the result in the 1.0 shape, whose body must be a string (an empty one for 204).',
            'const result = await handler(toHttpApiEvent(event)); return { statusCode: result.statusCode, headers: result.headers, body: result.body ?? "", isBase64Encoded: result.isBase64Encoded ?? false };',
          ],
        },
      },
      async () => {
        const hello = (await restHandler(restApiGetHello())) as Result;
        expect(hello.statusCode, 'REST GET /hello: statusCode').toBe(200);
        expect(jsonBody(hello, 'REST GET /hello')).toEqual({ message: 'Hello, 지호!' });

        const echo = (await restHandler(restApiPostEcho())) as Result;
        expect(jsonBody(echo, 'REST POST /echo')).toEqual({ echo: { test: 'body' } });
        expect(echo.isBase64Encoded, 'REST POST /echo: a JSON body is not base64').toBe(false);

        const options = restApiPostEcho();
        options.httpMethod = 'OPTIONS';
        options.body = null;
        options.isBase64Encoded = false;
        const preflight = (await restHandler(options)) as Result;
        expect(preflight.statusCode, 'REST OPTIONS /echo: statusCode').toBe(204);
        expect(preflight.body, 'REST OPTIONS /echo: the body is a string').toBe('');
        expect(typeof preflight.isBase64Encoded, 'isBase64Encoded is a boolean').toBe('boolean');

        const logo = restApiGetHello();
        logo.path = '/logo.png';
        logo.queryStringParameters = null;
        logo.multiValueQueryStringParameters = null;
        const image = (await restHandler(logo)) as Result;
        expect(image.isBase64Encoded, 'REST GET /logo.png: isBase64Encoded').toBe(true);
      },
    );
  },
);
