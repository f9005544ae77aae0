import { defineFixtures } from './define-fixtures.ts';

export const lab3 = defineFixtures('lab-3', { file: 'src/handler.ts' })(({ file }) => [
  {
    id: 'init-in-every-invocation',
    mistake: {
      en: 'builds the lookup table and the client inside the handler, on every invocation',
      ko: '조회 테이블과 클라이언트를 핸들러 안에서 호출할 때마다 만든다',
    },
    failingCheck: 'init-once-per-environment',
    patch: [
      {
        file,
        find: 'const widths = await buildLookupTable();\nconst storage = createStorageClient();',
        replace: 'let widths = new Map<string, number>();\nlet storage = createStorageClient();',
      },
      {
        file,
        find: '  const cold = coldStart;\n',
        replace:
          '  widths = await buildLookupTable();\n  storage = createStorageClient();\n  const cold = coldStart;\n',
      },
    ],
  },
  {
    id: 'lazy-init-in-first-invocation',
    mistake: {
      en: 'builds the table lazily in the first invocation, so the first user waits for it',
      ko: '조회 테이블을 첫 호출 때 늦게 만들어서 첫 사용자가 그 시간을 기다린다',
    },
    failingCheck: 'init-runs-during-init-phase',
    patch: [
      {
        file,
        find: 'const widths = await buildLookupTable();',
        replace: 'let widths: Map<string, number> | undefined;',
      },
      {
        file,
        find: '  const cold = coldStart;\n',
        replace: '  widths ??= await buildLookupTable();\n  const cold = coldStart;\n',
      },
    ],
  },
  {
    id: 'hard-coded-width',
    mistake: {
      en: 'makes every thumbnail 128 px wide, whatever size the event asks for',
      ko: '이벤트가 어떤 크기를 요청하든 썸네일 폭을 128px로 만든다',
    },
    failingCheck: 'no-request-data-leaks',
    patch: [
      { file, find: 'const width = widths.get(event.size) ?? 128;', replace: 'const width = 128;' },
    ],
  },
  {
    id: 'cold-flag-never-cleared',
    mistake: {
      en: 'reports every invocation as a cold start',
      ko: '모든 호출을 콜드 스타트라고 알린다',
    },
    failingCheck: 'reports-cold-start',
    patch: [{ file, find: '  coldStart = false;\n', replace: '' }],
  },
  {
    id: 'cold-flag-in-handler',
    mistake: {
      en: 'keeps the cold-start flag inside the handler, where it is new on every call',
      ko: '콜드 스타트 표시를 핸들러 안에 두어 호출할 때마다 새로 생긴다',
    },
    failingCheck: 'reports-cold-start',
    patch: [{ file, find: '  const cold = coldStart;\n', replace: '  const cold = !coldStart;\n' }],
  },
  {
    id: 'watermark-cached-in-memory',
    mistake: {
      en: 'keeps the watermark in a module variable instead of /tmp',
      ko: '워터마크를 /tmp가 아니라 모듈 변수에 보관한다',
    },
    failingCheck: 'caches-in-tmp',
    patch: [
      {
        file,
        find: `  const file = join(tmpdir(), 'watermark.png');
  if (existsSync(file)) return new Uint8Array(await readFile(file));
  const bytes = await storage.download('watermark.png');
  await writeFile(file, bytes);
  return bytes;`,
        replace: `  cachedWatermark ??= await storage.download('watermark.png');
  return cachedWatermark;`,
      },
      {
        file,
        find: 'let coldStart = true;\n',
        replace:
          'let coldStart = true;\nlet cachedWatermark: Uint8Array | undefined;\nvoid [existsSync, readFile, writeFile, tmpdir, join];\n',
      },
    ],
  },
  {
    id: 'watermark-downloaded-every-time',
    mistake: {
      en: 'writes the watermark to /tmp but downloads it again on every invocation',
      ko: '워터마크를 /tmp에 쓰기는 하지만 호출할 때마다 다시 내려받는다',
    },
    failingCheck: 'caches-in-tmp',
    patch: [
      {
        file,
        find: '  if (existsSync(file)) return new Uint8Array(await readFile(file));\n',
        replace: '  void [existsSync, readFile];\n',
      },
    ],
  },
  {
    id: 'thumbnails-in-module-scope',
    mistake: {
      en: 'collects the thumbnails in a module-level array that outlives the request',
      ko: '썸네일 목록을 요청이 끝나도 남는 모듈 수준 배열에 모은다',
    },
    failingCheck: 'no-request-data-leaks',
    patch: [
      {
        file,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
        find: '  const thumbnails = event.images.map((key) => `thumbnails/${event.userId}/${width}/${key}`);',
        replace:
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of the learner's code
          '  for (const key of event.images) thumbnails.push(`thumbnails/${event.userId}/${width}/${key}`);',
      },
      {
        file,
        find: 'let coldStart = true;\n',
        replace: 'let coldStart = true;\nconst thumbnails: string[] = [];\n',
      },
    ],
  },
  {
    id: 'audit-not-awaited',
    mistake: {
      en: 'starts the audit event without awaiting it',
      ko: '감사 이벤트를 보내기만 하고 기다리지 않는다',
    },
    failingCheck: 'audit-before-response',
    patch: [
      {
        file,
        find: '  await sendAuditEvent(context.awsRequestId, event.userId);',
        replace: '  void sendAuditEvent(context.awsRequestId, event.userId);',
      },
    ],
  },
]);
