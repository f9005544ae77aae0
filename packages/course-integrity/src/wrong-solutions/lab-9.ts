import { defineFixtures } from './define-fixtures.ts';

export const lab9 = defineFixtures('lab-9', {
  operations: 'src/operations.ts',
  direct: 'src/direct.ts',
  http: 'src/http.ts',
  template: 'src/template.yaml',
})(({ operations, direct, http, template }) => [
  {
    id: 'width-makes-a-square',
    mistake: {
      en: 'uses the width as the height too when only a width is given, so portraits come out too small',
      ko: '폭만 주어지면 높이도 같은 값으로 써서 세로 사진이 너무 작게 나온다',
    },
    failingCheck: 'resize-and-thumbnail',
    patch: [
      {
        file: operations,
        find: '        height: request.height,',
        replace: '        height: request.height ?? request.width,',
      },
    ],
  },
  {
    id: 'format-from-content-type',
    mistake: {
      en: 'takes the input format from the Content-Type header instead of the image’s bytes',
      ko: '입력 형식을 이미지 바이트가 아니라 Content-Type 헤더에서 읽는다',
    },
    failingCheck: 'http-binary-resize',
    patch: [
      {
        file: http,
        find: "      const fallback = (image && sniffFormat(image)) ?? 'png';",
        replace:
          "      void sniffFormat;\n      const declared = event.headers?.['content-type']?.split('/')[1]?.split(';')[0];\n      const fallback = declared === 'jpeg' ? 'jpg' : (declared ?? 'png');",
      },
    ],
  },
  {
    id: 'query-edits-ignored',
    mistake: {
      en: 'ignores the edits given as query parameters on POST /convert',
      ko: 'POST /convert에서 쿼리 매개변수로 준 편집을 무시한다',
    },
    failingCheck: 'http-other-routes',
    patch: [
      {
        file: http,
        find: '      edits,\n      limits,',
        replace: '      edits: {},\n      limits,',
      },
    ],
  },
  {
    id: 'query-quality-ignored',
    mistake: {
      en: 'drops the quality query parameter',
      ko: 'quality 쿼리 매개변수를 버린다',
    },
    failingCheck: 'http-binary-resize',
    patch: [
      { file: http, find: '      quality: query.quality,', replace: '      quality: undefined,' },
    ],
  },
  {
    id: 'query-without-enlargement-ignored',
    mistake: {
      en: 'drops the withoutEnlargement query parameter',
      ko: 'withoutEnlargement 쿼리 매개변수를 버린다',
    },
    failingCheck: 'http-binary-resize',
    patch: [
      {
        file: http,
        find: '      withoutEnlargement: query.withoutEnlargement,',
        replace: '      withoutEnlargement: undefined,',
      },
    ],
  },
  {
    id: 'direct-edits-ignored',
    mistake: {
      en: 'ignores the edits of a direct convert event',
      ko: '직접 호출한 convert 이벤트의 edits를 무시한다',
    },
    failingCheck: 'convert-with-edits',
    patch: [{ file: operations, find: '        ...request.edits,\n', replace: '' }],
  },
  {
    id: 'dimensions-without-newline',
    mistake: {
      en: 'answers getDimensions with "70x46", without the newline ImageMagick printed',
      ko: 'getDimensions에 ImageMagick처럼 줄바꿈을 붙이지 않고 "70x46"으로 답한다',
    },
    failingCheck: 'get-dimensions',
    patch: [
      {
        file: operations,
        find: "return { kind: 'text', text: formatDimensions(await getDimensions(image, limits)) };",
        replace:
          "return { kind: 'text', text: formatDimensions(await getDimensions(image, limits)).trim() };",
      },
    ],
  },
  {
    id: 'custom-args-ignored',
    mistake: {
      en: 'silently ignores customArgs instead of refusing it',
      ko: 'customArgs를 거절하지 않고 조용히 무시한다',
    },
    failingCheck: 'bad-input-clear-errors',
    patch: [
      {
        file: direct,
        find: '  if (event.customArgs !== undefined) {',
        replace: '  if (event.customArgs === Symbol.for("never")) {',
      },
    ],
  },
  {
    id: 'event-checked-with-typeof',
    mistake: {
      en: 'checks the event with typeof event === "object" alone, so a list of events passes as an unknown operation',
      ko: '이벤트를 typeof event === "object"로만 검사해서, 이벤트 배열이 알 수 없는 operation으로 지나간다',
    },
    failingCheck: 'bad-input-clear-errors',
    patch: [
      {
        file: direct,
        find: '  if (!isPlainObject(event)) {',
        replace: "  if (typeof event !== 'object') {",
      },
    ],
  },
  {
    id: 'edits-list-accepted',
    mistake: {
      en: 'checks edits with typeof edits === "object", so a list of edits reaches image-core instead of an InvalidRequestError',
      ko: 'edits를 typeof edits === "object"로 검사해서, 배열로 온 edits가 InvalidRequestError 없이 image-core까지 간다',
    },
    failingCheck: 'bad-input-clear-errors',
    patch: [
      {
        file: direct,
        find: '  if (event.edits !== undefined && !isPlainObject(event.edits)) {',
        replace: "  if (event.edits !== undefined && typeof event.edits !== 'object') {",
      },
    ],
  },
  {
    id: 'received-value-not-shown',
    mistake: {
      en: 'says which field is wrong but not what it received',
      ko: '어느 필드가 잘못됐는지만 말하고 받은 값은 보여 주지 않는다',
    },
    failingCheck: 'bad-input-clear-errors',
    patch: [
      {
        file: direct,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        find: '    en: `Expected a string for ${name} but received ${describe(value)}`,',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        replace: '    en: `Expected a string for ${name}`,',
      },
    ],
  },
  {
    id: 'every-error-is-500',
    mistake: {
      en: 'answers every image-core error with 500 instead of its own status',
      ko: 'image-core 오류를 모두 각자의 상태 코드가 아니라 500으로 답한다',
    },
    failingCheck: 'http-json-errors',
    patch: [
      {
        file: http,
        find: '    return errorResponse(httpStatusFor(error.code), error.code, error.messageIn(locale));',
        replace:
          '    void httpStatusFor;\n    return errorResponse(500, error.code, error.messageIn(locale));',
      },
    ],
  },
  {
    id: 'octet-stream-content-type',
    mistake: {
      en: 'answers images with content-type application/octet-stream',
      ko: '이미지 응답의 content-type을 application/octet-stream으로 한다',
    },
    failingCheck: 'http-binary-resize',
    patch: [
      {
        file: http,
        find: "          'content-type': result.image.mimeType,",
        replace: "          'content-type': 'application/octet-stream',",
      },
    ],
  },
  {
    id: 'no-vary-accept',
    mistake: {
      en: 'answers WebP by the Accept header without vary: accept',
      ko: 'Accept 헤더에 따라 WebP로 답하면서 vary: accept를 붙이지 않는다',
    },
    failingCheck: 'http-accept-webp',
    patch: [{ file: http, find: "          vary: 'accept',\n", replace: '' }],
  },
  {
    id: 'timeout-longer-than-api',
    mistake: {
      en: 'sets a 60 s timeout, longer than the HTTP API waits',
      ko: '제한 시간을 HTTP API가 기다리는 시간보다 긴 60초로 둔다',
    },
    failingCheck: 'template-memory-timeout',
    patch: [{ file: template, find: '      Timeout: 29\n', replace: '      Timeout: 60\n' }],
  },
  {
    id: 'deprecated-runtime',
    mistake: {
      en: 'keeps the deprecated nodejs16.x runtime',
      ko: '지원이 끝난 nodejs16.x 런타임을 그대로 쓴다',
    },
    failingCheck: 'template-runtime-arm64',
    patch: [
      {
        file: template,
        find: '      Runtime: nodejs24.x\n',
        replace: '      Runtime: nodejs16.x\n',
      },
    ],
  },
  {
    id: 'log-group-without-retention',
    mistake: {
      en: 'creates the log group without a retention period',
      ko: '로그 그룹을 보존 기간 없이 만든다',
    },
    failingCheck: 'template-logs-and-least-privilege',
    patch: [{ file: template, find: '      RetentionInDays: 14\n', replace: '' }],
  },
  {
    id: 'no-body-left-to-the-operation',
    mistake: {
      en: 'lets a POST without a body reach the operation, which asks for a base64Image field',
      ko: '본문 없는 POST를 그대로 작업에 넘겨서 base64Image 필드를 달라는 메시지가 나간다',
    },
    failingCheck: 'http-json-errors',
    patch: [
      {
        file: http,
        find: `    if (route.method === 'POST' && image === undefined) {
      throw new InvalidRequestError({
        en: \`Invalid \${route.operation} request: send the image as the request body\`,
        ko: \`\${route.operation} 요청이 잘못됐어요: 이미지를 요청 본문에 담아 보내세요\`,
      });
    }
`,
        replace: '',
      },
    ],
  },
  {
    id: 'unknown-parameter-not-named',
    mistake: {
      en: 'refuses a query parameter the route does not take without saying which one',
      ko: '경로가 받지 않는 쿼리 매개변수를 거부하면서 어느 것인지 말하지 않는다',
    },
    failingCheck: 'http-json-errors',
    patch: [
      {
        file: http,
        find: `      const names = Object.keys(edits).join(', ');
      throw new InvalidRequestError({
        en: \`Expected only \${COMMON_PARAMETERS.join(', ')} as query parameters for \${path} but received \${names}\`,
        ko: \`\${path}의 쿼리 매개변수는 \${COMMON_PARAMETERS.join(', ')}만 받는데, \${names}도 받았어요\`,
      });`,
        replace: `      throw new InvalidRequestError({
        en: \`Expected only \${COMMON_PARAMETERS.join(', ')} as query parameters for \${path}\`,
        ko: \`\${path}의 쿼리 매개변수는 \${COMMON_PARAMETERS.join(', ')}만 받아요\`,
      });`,
      },
    ],
  },
  {
    id: 'internal-error-shows-its-message',
    mistake: {
      en: 'answers an unexpected error with a 500 that shows its own message to the client',
      ko: '예상하지 못한 오류에 500으로 답하면서 원래 오류 메시지를 클라이언트에 그대로 보여 준다',
    },
    failingCheck: 'http-json-errors',
    patch: [
      {
        file: http,
        find: `    locale === 'ko' ? '서버 오류가 났어요' : 'Internal server error',`,
        replace: `    error instanceof Error ? error.message : String(error),`,
      },
    ],
  },
  {
    id: 'unexpected-error-not-logged',
    mistake: {
      en: 'answers an unexpected error with a 500 but logs nothing, so nobody can find out what broke',
      ko: '예상하지 못한 오류에 500으로 답하지만 로그를 남기지 않아 무엇이 고장 났는지 알 수 없다',
    },
    failingCheck: 'http-json-errors',
    patch: [{ file: http, find: '  console.error(error);\n', replace: '' }],
  },
  {
    id: 'query-numbers-by-parse-float',
    mistake: {
      en: 'reads query numbers with parseFloat, so width=50px quietly becomes 50',
      ko: '쿼리의 숫자를 parseFloat로 읽어서 width=50px가 조용히 50이 된다',
    },
    failingCheck: 'http-json-errors',
    patch: [
      {
        file: http,
        find: '  if (/^-?\\d+(\\.\\d+)?$/.test(text)) return Number(text);',
        replace:
          '  const number = Number.parseFloat(text);\n  if (!Number.isNaN(number)) return number;',
      },
    ],
  },
  {
    id: 'query-numbers-whole-only',
    mistake: {
      en: 'turns only whole numbers into numbers, so convert?blur=0.75 is refused',
      ko: '정수만 숫자로 바꿔서 convert?blur=0.75가 거부된다',
    },
    failingCheck: 'http-other-routes',
    patch: [
      {
        file: http,
        find: '  if (/^-?\\d+(\\.\\d+)?$/.test(text)) return Number(text);',
        replace: '  if (/^-?\\d+$/.test(text)) return Number(text);',
      },
    ],
  },
  {
    id: 'false-stays-text',
    mistake: {
      en: 'turns "true" into a boolean but leaves "false" as text, so withoutEnlargement=false is refused',
      ko: '"true"만 불리언으로 바꾸고 "false"는 글자로 둬서 withoutEnlargement=false가 거부된다',
    },
    failingCheck: 'http-binary-resize',
    patch: [{ file: http, find: "  if (text === 'false') return false;\n", replace: '' }],
  },
]);
