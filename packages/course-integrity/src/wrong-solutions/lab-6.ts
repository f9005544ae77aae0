import { defineFixtures } from './define-fixtures.ts';

export const lab6 = defineFixtures('lab-6', {
  keys: 'src/keys.ts',
  summary: 'src/summary.ts',
  handler: 'src/handler.ts',
  policy: 'src/policy.ts',
})(({ keys, summary, handler, policy }) => [
  {
    id: 'logs-star-on-own-group',
    mistake: {
      en: 'allows logs:* on the function’s own log group',
      ko: '함수 자신의 로그 그룹에 logs:*를 허용한다',
    },
    failingCheck: 'policy-own-logs-only',
    patch: [
      {
        file: policy,
        find: "Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],",
        replace: "Action: 'logs:*',",
      },
    ],
  },
  {
    id: 'get-object-wildcard',
    mistake: {
      en: 'allows s3:GetObject* (which also grants GetObjectAcl, GetObjectTagging...) on uploads/',
      ko: 'uploads/에 s3:GetObject*를 허용해서 GetObjectAcl, GetObjectTagging 같은 동작까지 열어 준다',
    },
    failingCheck: 'policy-reads-uploads-only',
    patch: [{ file: policy, find: "Action: 's3:GetObject',", replace: "Action: 's3:GetObject*'," }],
  },
  {
    id: 'uploads-without-slash',
    mistake: {
      en: 'allows reading uploads* without the slash, which also matches uploads-archive/',
      ko: '슬래시 없이 uploads*를 허용해서 uploads-archive/까지 읽을 수 있다',
    },
    failingCheck: 'policy-reads-uploads-only',
    patch: [{ file: policy, find: '/uploads/*`', replace: '/uploads*`' }],
  },
  {
    id: 'logs-on-every-group',
    mistake: {
      en: 'allows writing logs to every log group of the account',
      ko: '계정의 모든 로그 그룹에 로그를 쓸 수 있게 허용한다',
    },
    failingCheck: 'policy-own-logs-only',
    patch: [
      {
        file: policy,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        find: 'Resource: `${logGroup}:*`,',
        replace: "Resource: 'arn:aws:logs:*:*:*',",
      },
    ],
  },
  {
    id: 'put-on-whole-bucket',
    mistake: {
      en: 'allows s3:PutObject on the whole bucket, uploads/ included',
      ko: 'uploads/를 포함해 버킷 전체에 s3:PutObject를 허용한다',
    },
    failingCheck: 'policy-writes-processed-only',
    patch: [{ file: policy, find: '/processed/*`', replace: '/*`' }],
  },
  {
    id: 'decodes-in-wrong-order',
    mistake: {
      en: 'decodes first and replaces + afterwards, so a real + (%2B) becomes a space',
      ko: '먼저 디코드하고 나서 +를 바꿔서 진짜 +(%2B)까지 공백이 된다',
    },
    failingCheck: 'decodes-unicode',
    patch: [
      {
        file: keys,
        find: "return decodeURIComponent(rawKey.replaceAll('+', ' '));",
        replace: "return decodeURIComponent(rawKey).replaceAll('+', ' ');",
      },
    ],
  },
  {
    id: 'key-not-decoded',
    mistake: {
      en: 'replaces + with spaces but leaves %XX encoded',
      ko: '+는 공백으로 바꾸지만 %XX는 디코드하지 않는다',
    },
    failingCheck: 'decodes-unicode',
    patch: [
      {
        file: keys,
        find: "return decodeURIComponent(rawKey.replaceAll('+', ' '));",
        replace: "return rawKey.replaceAll('+', ' ');",
      },
    ],
  },
  {
    id: 'uploads-prefix-without-slash',
    mistake: {
      en: 'takes every key that starts with "uploads", uploads-archive/ included',
      ko: '"uploads"로 시작하는 키를 모두 받아서 uploads-archive/도 처리한다',
    },
    failingCheck: 'ignores-outside-uploads',
    patch: [
      {
        file: keys,
        find: 'return key.startsWith(inputPrefix) &&',
        replace: "return key.startsWith('uploads') &&",
      },
    ],
  },
  {
    id: 'folders-processed',
    mistake: {
      en: 'processes the zero-byte folder placeholder the console creates',
      ko: '콘솔이 만드는 0바이트 폴더 표시 객체까지 처리한다',
    },
    failingCheck: 'empty-and-folders',
    patch: [{ file: keys, find: " && !key.endsWith('/');", replace: ';' }],
  },
  {
    id: 'lines-count-newlines-only',
    mistake: {
      en: 'counts newlines only, missing a last line without a newline',
      ko: '줄바꿈 개수만 세서 줄바꿈으로 끝나지 않는 마지막 줄을 빠뜨린다',
    },
    failingCheck: 'empty-and-folders',
    patch: [
      {
        file: summary,
        find: 'const lines = newlines + (bytes > 0 && last !== 0x0a ? 1 : 0);',
        replace: 'const lines = newlines + (last === -2 ? 1 : 0);',
      },
    ],
  },
  {
    id: 'reads-body-as-text',
    mistake: {
      en: 'reads the whole body as a string with transformToString, so a photo’s bytes are decoded as UTF-8 and change',
      ko: 'transformToString으로 본문 전체를 문자열로 읽어서, 사진의 바이트가 UTF-8로 디코드되며 바뀐다',
    },
    failingCheck: 'writes-summary',
    patch: [
      {
        file: handler,
        find: '  const summary = await summarize(key, object.Body as AsyncIterable<Uint8Array>);',
        replace:
          '  const text = await object.Body.transformToString();\n  const summary = await summarize(key, [Buffer.from(text)] as unknown as AsyncIterable<Uint8Array>);',
      },
    ],
  },
  {
    id: 'stops-at-first-failure',
    mistake: {
      en: 'lets the first failing record end the loop, so later records are not processed',
      ko: '처음 실패한 레코드에서 반복을 끝내서 뒤의 레코드를 처리하지 않는다',
    },
    failingCheck: 'reports-partial-failure',
    patch: [
      {
        file: handler,
        find: '      failures.push({ key, reason });\n',
        replace: '      failures.push({ key, reason });\n      break;\n',
      },
    ],
  },
  {
    id: 'swallows-failures',
    mistake: {
      en: 'logs failed records and returns normally, so Lambda never retries them',
      ko: '실패한 레코드를 로그에만 남기고 정상으로 끝내서 Lambda가 다시 시도하지 않는다',
    },
    failingCheck: 'reports-partial-failure',
    patch: [
      {
        file: handler,
        find: '  if (failures.length > 0) throw new RecordsFailedError(failures, report.processed);\n',
        replace: '  void RecordsFailedError;\n',
      },
    ],
  },
  {
    id: 'removed-events-processed',
    mistake: {
      en: 'processes ObjectRemoved events as if they were uploads',
      ko: 'ObjectRemoved 이벤트도 업로드처럼 처리한다',
    },
    failingCheck: 'ignores-outside-uploads',
    patch: [
      {
        file: handler,
        find: "if (!record.eventName.startsWith('ObjectCreated:') || !isUpload(key)) {",
        replace: 'if (!isUpload(key)) {',
      },
    ],
  },
]);
