import { defineFixtures } from './define-fixtures.ts';

export const lab5 = defineFixtures('lab-5', {
  responses: 'src/responses.ts',
  routes: 'src/routes.ts',
  handler: 'src/handler.ts',
  adapter: 'src/rest-adapter.ts',
})(({ responses, routes, handler, adapter }) => [
  {
    id: 'cors-any-origin',
    mistake: {
      en: "allows every origin with access-control-allow-origin: '*'",
      ko: "access-control-allow-origin을 '*'로 해서 모든 출처를 허용한다",
    },
    failingCheck: 'cors-on-every-response',
    patch: [
      {
        file: responses,
        find: "return { 'access-control-allow-origin': allowedOrigin, vary: 'origin' };",
        replace: "return { 'access-control-allow-origin': '*' };",
      },
    ],
  },
  {
    id: 'cors-reflects-origin',
    mistake: {
      en: 'echoes whatever Origin the request sent',
      ko: '요청의 Origin을 검사하지 않고 그대로 돌려준다',
    },
    failingCheck: 'cors-on-every-response',
    patch: [
      {
        file: responses,
        find: 'export function corsHeaders(): Record<string, string> {',
        replace:
          'export let requestOrigin = allowedOrigin;\nexport function setRequestOrigin(origin: string | undefined): void {\n  requestOrigin = origin ?? allowedOrigin;\n}\n\nexport function corsHeaders(): Record<string, string> {',
      },
      {
        file: responses,
        find: "return { 'access-control-allow-origin': allowedOrigin, vary: 'origin' };",
        replace: "return { 'access-control-allow-origin': requestOrigin, vary: 'origin' };",
      },
      {
        file: handler,
        find: "import { error, type HttpResult, preflight } from './responses.ts';",
        replace:
          "import { error, type HttpResult, preflight, setRequestOrigin } from './responses.ts';",
      },
      {
        file: handler,
        find: '  const path = routePath(event);\n',
        replace: '  setRequestOrigin(event.headers?.origin);\n  const path = routePath(event);\n',
      },
    ],
  },
  {
    id: 'cors-missing-on-errors',
    mistake: {
      en: 'adds the CORS headers to successful answers only, not to errors',
      ko: 'CORS 헤더를 성공 응답에만 붙이고 오류 응답에는 붙이지 않는다',
    },
    failingCheck: 'cors-on-every-response',
    patch: [
      {
        file: responses,
        find: '  return json(statusCode, { error: message }, headers);',
        replace:
          "  return {\n    statusCode,\n    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },\n    body: JSON.stringify({ error: message }),\n  };",
      },
    ],
  },
  {
    id: 'no-base64-decoding',
    mistake: {
      en: 'parses the body without decoding it when isBase64Encoded is true',
      ko: 'isBase64Encoded가 true인데도 본문을 디코드하지 않고 파싱한다',
    },
    failingCheck: 'echo-base64',
    patch: [
      {
        file: routes,
        find: "  const text = event.isBase64Encoded\n    ? Buffer.from(event.body, 'base64').toString('utf8')\n    : event.body;",
        replace: '  const text = event.body;',
      },
    ],
  },
  {
    id: 'invalid-json-throws',
    mistake: {
      en: 'lets JSON.parse throw on an invalid body',
      ko: '잘못된 본문에서 JSON.parse가 던지는 예외를 그대로 둔다',
    },
    failingCheck: 'echo-invalid-json',
    patch: [
      {
        file: routes,
        find: "  try {\n    return json(200, { echo: JSON.parse(text) });\n  } catch {\n    return error(400, 'Expected a JSON body but received invalid JSON');\n  }",
        replace: '  return json(200, { echo: JSON.parse(text) });',
      },
    ],
  },
  {
    id: 'item-id-not-decoded',
    mistake: {
      en: 'looks up the item id still percent-encoded',
      ko: '퍼센트 인코딩된 항목 id를 디코드하지 않고 찾는다',
    },
    failingCheck: 'item-found',
    patch: [
      { file: routes, find: '    id = decodeURIComponent(rawId);', replace: '    id = rawId;' },
    ],
  },
  {
    id: 'wrong-method-is-404',
    mistake: {
      en: 'answers a known path with the wrong method with 404 instead of 405',
      ko: '있는 경로에 맞지 않는 메서드로 온 요청에 405가 아니라 404로 답한다',
    },
    failingCheck: 'method-not-allowed',
    patch: [
      {
        file: handler,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        find: "    return error(405, `Method ${method} is not allowed on ${path}`, { allow: allowed.join(', ') });",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        replace: '    return error(404, `No route for ${method} ${path}`);',
      },
    ],
  },
  {
    id: 'stage-kept-in-path',
    mistake: {
      en: 'routes on rawPath with the stage name still in front',
      ko: '스테이지 이름이 앞에 붙은 rawPath로 그대로 라우팅한다',
    },
    failingCheck: 'named-stage',
    patch: [
      {
        file: handler,
        find: '  const path = routePath(event);\n',
        replace: '  const path = event.rawPath;\n',
      },
    ],
  },
  {
    id: 'strips-any-stage',
    mistake: {
      en: 'cuts the stage off rawPath on every stage, $default too, so /$default/hello answers as /hello',
      ko: '$default까지 모든 스테이지에서 rawPath의 스테이지를 떼어서 /$default/hello가 /hello처럼 응답한다',
    },
    failingCheck: 'named-stage',
    patch: [
      {
        file: handler,
        find: "stage && stage !== '$default' && event.rawPath",
        replace: 'stage && event.rawPath',
      },
    ],
  },
  {
    id: 'binary-as-utf8',
    mistake: {
      en: 'sends the PNG bytes as UTF-8 text instead of base64',
      ko: 'PNG 바이트를 base64가 아니라 UTF-8 문자열로 보낸다',
    },
    failingCheck: 'binary-logo',
    patch: [
      {
        file: responses,
        find: "    body: Buffer.from(bytes).toString('base64'),\n    isBase64Encoded: true,",
        replace: "    body: Buffer.from(bytes).toString('utf8'),\n    isBase64Encoded: false,",
      },
    ],
  },
  {
    id: 'preflight-without-max-age',
    mistake: {
      en: 'answers the preflight without access-control-max-age, and with 200',
      ko: '프리플라이트에 access-control-max-age 없이 200으로 답한다',
    },
    failingCheck: 'preflight',
    patch: [
      { file: responses, find: "      'access-control-max-age': '600',\n", replace: '' },
      { file: responses, find: '    statusCode: 204,', replace: '    statusCode: 200,' },
    ],
  },
  {
    id: 'rest-headers-keep-case',
    mistake: {
      en: 'keeps the REST event header names as sent instead of lower-casing them',
      ko: 'REST 이벤트의 헤더 이름을 소문자로 바꾸지 않고 보낸 그대로 둔다',
    },
    failingCheck: 'rest-event-converted',
    patch: [
      {
        file: adapter,
        find: '    if (value !== undefined) headers[name.toLowerCase()] = value;',
        replace: '    if (value !== undefined) headers[name] = value;',
      },
      {
        file: adapter,
        find: "    if (values && values.length > 0) headers[name.toLowerCase()] = values.join(',');",
        replace: "    if (values && values.length > 0) headers[name] = values.join(',');",
      },
    ],
  },
]);
