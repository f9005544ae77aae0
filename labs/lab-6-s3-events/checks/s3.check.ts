import 'aws-sdk-client-mock-vitest/extend';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  type GetObjectCommandInput,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { RecordsFailedError } from '@lab/errors.ts';
import { handler } from '@lab/handler.ts';
import { decodeS3Key } from '@lab/keys.ts';
import { type FunctionTarget, functionPolicy } from '@lab/policy.ts';
import { check, task } from '@lambda-dojo/check-kit';
import { sdkStreamMixin } from '@smithy/core/serde';
import type { S3Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { bucket, s3Event, s3PutEvent } from './fixtures/events.ts';

const s3 = mockClient(S3Client);

/** The objects in the mocked bucket, by decoded key, as the chunks GetObject streams. */
const objects = new Map<string, Buffer[]>();

/** Splits content into small chunks, cutting through multi-byte characters on purpose. */
function chunked(content: Buffer, size = 7): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < content.length; i += size) chunks.push(content.subarray(i, i + size));
  return chunks;
}

function putObject(key: string, content: string | Buffer) {
  objects.set(key, chunked(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')));
}

beforeEach(() => {
  s3.reset();
  objects.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  s3.on(GetObjectCommand).callsFake(async (input: GetObjectCommandInput) => {
    const chunks = input.Bucket === bucket ? objects.get(input.Key ?? '') : undefined;
    if (!chunks) {
      // Without s3:ListBucket (the lab's policy rightly grants none), S3 does not tell a missing
      // key from a forbidden one: it answers 403 AccessDenied, not 404 NoSuchKey.
      throw new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'Access Denied',
        $metadata: { httpStatusCode: 403 },
      });
    }
    const length = chunks.reduce((n, c) => n + c.length, 0);
    return {
      Body: sdkStreamMixin(Readable.from(chunks)),
      ContentLength: length,
      ContentType: 'text/plain; charset=utf-8',
      ETag: '"0123456789abcdef0123456789abcdef"',
    };
  });
  s3.on(PutObjectCommand).resolves({ ETag: '"fedcba9876543210fedcba9876543210"' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const getKeys = () =>
  s3.commandCalls(GetObjectCommand).map((c) => (c.args[0].input as GetObjectCommandInput).Key);
const puts = () =>
  s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input as PutObjectCommandInput);

/** The JSON a PutObject wrote (its Body as a string or bytes). */
function writtenJson(input: PutObjectCommandInput | undefined): unknown {
  const body = input?.Body;
  const text =
    typeof body === 'string'
      ? body
      : body instanceof Uint8Array
        ? Buffer.from(body).toString('utf8')
        : undefined;
  if (text === undefined) throw new Error(`Expected the PutObject Body as a string or bytes`);
  return JSON.parse(text);
}

/** Runs the handler; a rejection comes back as `{ error }` so a check can look at it. */
async function run(event: S3Event): Promise<{ result?: unknown; error?: unknown }> {
  try {
    return { result: await (handler as (e: S3Event) => Promise<unknown>)(event) };
  } catch (error) {
    return { error };
  }
}

const report2026 = '보고서 2026\n1분기 매출: 1,200만 원\n2분기 매출: 1,450만 원\n';

/** The start of a JPEG photo: bytes that are not UTF-8 text, a newline byte among them. */
const photo = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x0a, 0x89, 0xc3, 0x28,
  0x80, 0xfe, 0x0d, 0x0a, 0x1a, 0x00, 0xff, 0xd9,
]);

const expectedSummary = (source: string, content: string | Buffer) => {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  const newlines = bytes.filter((b) => b === 0x0a).length;
  return {
    source,
    bytes: bytes.length,
    lines: newlines + (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? 1 : 0),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
};

task(
  {
    ko: '과제 1: 이벤트의 객체 키 디코드하기',
    en: 'Task 1: decode the object key of the event',
  },
  () => {
    check(
      'decodes-spaces',
      {
        title: {
          ko: 'decodeS3Key가 이벤트 키의 "+"를 공백으로 읽어요 (uploads/보고서 2026.txt)',
          en: 'decodeS3Key reads "+" in an event key as a space (uploads/보고서 2026.txt)',
        },
        points: 7,
        hints: {
          ko: [
            'S3 이벤트의 키는 URL 인코딩되어 있어요. 공백은 "+"로, 한글은 %EB%B3%B4 같은 바이트로 와요. 그대로 GetObject에 넘기면 없는 객체를 찾게 되고, 이 랩의 정책에서는 403 AccessDenied가 나요.',
            'decodeS3Key에서 decodeURIComponent(rawKey.replaceAll("+", " "))를 돌려주세요. "+"를 먼저 바꿔야 해요.',
          ],
          en: [
            'Keys in S3 events are URL-encoded: a space arrives as "+", Korean as bytes like %EB%B3%B4. Passed to GetObject as they are, they name an object that does not exist, which under the policy of this lab gives 403 AccessDenied.',
            'In decodeS3Key return decodeURIComponent(rawKey.replaceAll("+", " ")). Replace "+" first.',
          ],
        },
      },
      async () => {
        const rawKey = s3PutEvent().Records[0]?.s3.object.key ?? '';
        expect(decodeS3Key(rawKey), `decodeS3Key("${rawKey}")`).toBe('uploads/보고서 2026.txt');
        expect(decodeS3Key('uploads/a+b+c.txt'), 'decodeS3Key("uploads/a+b+c.txt")').toBe(
          'uploads/a b c.txt',
        );
      },
    );

    check(
      'decodes-unicode',
      {
        title: {
          ko: 'decodeS3Key가 %2B는 진짜 "+"로, %XX 바이트는 UTF-8 글자로 디코드해요',
          en: 'decodeS3Key decodes %2B as a real "+" and %XX bytes as UTF-8 characters',
        },
        points: 8,
        hints: {
          ko: [
            '파일 이름에 진짜 "+"가 있으면 이벤트에는 %2B로 와요. 디코드 순서가 틀리면 이 "+"까지 공백이 돼요.',
            '먼저 "+"를 공백으로 바꾸고, 그다음 decodeURIComponent로 %2B와 %EC%82%AC 같은 바이트를 디코드하세요. 반대 순서면 안 돼요.',
          ],
          en: [
            'A real "+" in a file name arrives as %2B. Decode in the wrong order and it turns into a space too.',
            'Replace "+" with a space first, then decodeURIComponent the %2B and bytes like %EC%82%AC. Not the other way round.',
          ],
        },
      },
      async () => {
        const cases: [string, string][] = [
          ['uploads/c%2B%2B+%EB%85%B8%ED%8A%B8.md', 'uploads/c++ 노트.md'],
          [
            'uploads/%EC%82%AC%EC%A7%84/%EC%97%AC%EB%A6%84+%ED%9C%B4%EA%B0%80.txt',
            'uploads/사진/여름 휴가.txt',
          ],
          ['uploads/100%25+%EC%99%84%EB%A3%8C.txt', 'uploads/100% 완료.txt'],
        ];
        for (const [raw, decoded] of cases) {
          expect(decodeS3Key(raw), `decodeS3Key("${raw}")`).toBe(decoded);
        }
      },
    );
  },
);

task(
  {
    ko: '과제 2: 업로드를 읽고 요약을 processed/에 쓰기',
    en: 'Task 2: read the upload and write its summary to processed/',
  },
  () => {
    check(
      'reads-upload',
      {
        title: {
          ko: '이벤트의 버킷과 키로 GetObject를 한 번 보내요',
          en: 'sends one GetObject with the bucket and key of the event',
        },
        points: 10,
        hints: {
          ko: [
            '버킷 이름은 record.s3.bucket.name, 키는 record.s3.object.key(디코드한 값)에 있어요.',
            'await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))로 객체를 가져오세요. S3Client는 모듈 스코프에 한 번만 만들어요.',
          ],
          en: [
            'The bucket name is in record.s3.bucket.name, the key in record.s3.object.key (decoded).',
            'Fetch the object with await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })). Create the S3Client once, at module scope.',
          ],
        },
      },
      async () => {
        putObject('uploads/보고서 2026.txt', report2026);
        await run(s3PutEvent());
        expect(s3).toHaveReceivedCommandTimes(GetObjectCommand, 1);
        expect(s3).toHaveReceivedCommandWith(GetObjectCommand, {
          Bucket: bucket,
          Key: 'uploads/보고서 2026.txt',
        });
      },
    );

    check(
      'writes-summary',
      {
        title: {
          ko: '스트림으로 읽은 본문의 요약(바이트, 줄 수, SHA-256)을 processed/<이름>.json에 JSON으로 써요 (텍스트가 아닌 사진도)',
          en: 'writes the summary of the streamed body (bytes, lines, SHA-256) as JSON to processed/<name>.json (a photo too, not only text)',
        },
        points: 12,
        hints: {
          ko: [
            'GetObject의 Body는 문자열이 아니라 스트림이에요. for await (const chunk of body)로 조각(Uint8Array)을 하나씩 읽으세요. 조각 경계는 한글 글자 한가운데일 수도 있어요. 사진처럼 텍스트가 아닌 파일도 올라오니, 본문을 문자열로 바꾸지(transformToString) 말고 바이트 그대로 세고 해시하세요.',
            'summarize에서 조각마다 hash.update(chunk), bytes += chunk.byteLength, 0x0a 바이트 세기를 하고, PutObjectCommand({ Bucket, Key: outputKey(key), Body: JSON.stringify(summary), ContentType: "application/json" })로 쓰세요.',
          ],
          en: [
            'The Body of GetObject is a stream, not a string. Read its chunks (Uint8Array) one by one with for await (const chunk of body). A chunk may end in the middle of a Korean character. Files that are not text, photos say, are uploaded too: count and hash the bytes as they are, never turn the body into a string (transformToString).',
            'In summarize, per chunk: hash.update(chunk), bytes += chunk.byteLength, count the 0x0a bytes. Then write with PutObjectCommand({ Bucket, Key: outputKey(key), Body: JSON.stringify(summary), ContentType: "application/json" }).',
          ],
        },
      },
      async () => {
        putObject('uploads/보고서 2026.txt', report2026);
        const { error } = await run(s3PutEvent());
        expect(error, 'the handler rejected').toBeUndefined();
        const [put] = puts();
        expect(puts().length, 'PutObject calls').toBe(1);
        expect(put?.Bucket, 'PutObject Bucket').toBe(bucket);
        expect(put?.Key, 'PutObject Key').toBe('processed/보고서 2026.txt.json');
        expect(put?.ContentType ?? '', 'PutObject ContentType').toMatch(/^application\/json/);
        expect(writtenJson(put), 'the summary written').toEqual(
          expectedSummary('uploads/보고서 2026.txt', report2026),
        );

        // Any file can be uploaded: the bytes of a photo are not text, and decoding them as
        // UTF-8 (transformToString) replaces some of them, so bytes and SHA-256 come out wrong.
        s3.resetHistory();
        putObject('uploads/사진/여름.jpg', photo);
        const again = await run(
          s3Event({ rawKey: 'uploads/%EC%82%AC%EC%A7%84/%EC%97%AC%EB%A6%84.jpg' }),
        );
        expect(again.error, 'the handler rejected the photo').toBeUndefined();
        expect(writtenJson(puts()[0]), 'the summary of a photo (not UTF-8 text)').toEqual(
          expectedSummary('uploads/사진/여름.jpg', photo),
        );
      },
    );

    check(
      'empty-and-folders',
      {
        title: {
          ko: '빈 파일은 0바이트, 0줄로 요약하고, 콘솔이 만든 폴더(키가 /로 끝남)는 건너뛰어요',
          en: 'summarizes an empty file as 0 bytes and 0 lines, and skips console folders (keys ending in /)',
        },
        points: 8,
        hints: {
          ko: [
            'S3 콘솔에서 "폴더 만들기"를 하면 키가 "/"로 끝나는 0바이트 객체가 생기고, 이것도 ObjectCreated 이벤트를 보내요. 파일이 아니니 처리하지 마세요. 빈 파일은 줄이 0개예요.',
            'isUpload(key)에서 key.endsWith("/")이면 false를 돌려주세요. 줄 수는 줄바꿈 개수에, 마지막 바이트가 줄바꿈이 아니고 bytes > 0일 때만 1을 더해요.',
          ],
          en: [
            'Create folder in the S3 console makes a zero-byte object whose key ends in "/", and it sends an ObjectCreated event too. It is not a file: do not process it. An empty file has zero lines.',
            'Make isUpload(key) return false when key.endsWith("/"). Lines are the newline count, plus one only when bytes > 0 and the last byte is not a newline.',
          ],
        },
      },
      async () => {
        putObject('uploads/empty.txt', '');
        putObject('uploads/no-newline.txt', '첫 줄\n둘째 줄');
        const { error } = await run(
          s3Event(
            { rawKey: 'uploads/empty.txt', size: 0 },
            { rawKey: 'uploads/%EC%82%AC%EC%A7%84/', size: 0 },
            { rawKey: 'uploads/no-newline.txt', size: 20 },
          ),
        );
        expect(error, 'the handler rejected').toBeUndefined();
        expect(getKeys(), 'keys sent to GetObject').toEqual([
          'uploads/empty.txt',
          'uploads/no-newline.txt',
        ]);
        const written = Object.fromEntries(puts().map((p) => [p.Key, writtenJson(p)]));
        expect(written['processed/empty.txt.json'], 'the summary of the empty file').toEqual(
          expectedSummary('uploads/empty.txt', ''),
        );
        expect(
          written['processed/no-newline.txt.json'],
          'a last line without a newline still counts',
        ).toEqual(expectedSummary('uploads/no-newline.txt', '첫 줄\n둘째 줄'));

        // A stream may end with an empty chunk: the file still ends in a newline.
        s3.resetHistory();
        objects.set('uploads/last-chunk-empty.txt', [Buffer.from('한 줄\n'), Buffer.alloc(0)]);
        const again = await run(s3Event({ rawKey: 'uploads/last-chunk-empty.txt', size: 8 }));
        expect(again.error, 'the handler rejected').toBeUndefined();
        expect(writtenJson(puts()[0]), 'a stream whose last chunk is empty').toEqual(
          expectedSummary('uploads/last-chunk-empty.txt', '한 줄\n'),
        );
      },
    );
  },
);

task(
  {
    ko: '과제 3: 자기 자신을 다시 부르지 않기',
    en: 'Task 3: never trigger yourself',
  },
  () => {
    check(
      'ignores-outside-uploads',
      {
        title: {
          ko: 'uploads/ 밖의 키(processed/ 포함)와 ObjectCreated가 아닌 이벤트에는 S3를 호출하지 않고, uploads/의 파일만 처리해요',
          en: 'makes no S3 call for keys outside uploads/ (processed/ included) or events other than ObjectCreated, and processes the upload among them',
        },
        points: 15,
        hints: {
          ko: [
            '버킷 알림이 버킷 전체에 걸려 있으면, 함수가 processed/에 쓴 결과가 다시 이벤트가 되어 함수를 또 부르고, 그렇게 끝없이 돌아요. uploads/ 아래 파일만 처리하세요. "uploads-archive/"처럼 이름만 비슷한 접두사도 안 돼요.',
            'isUpload(key)는 key.startsWith("uploads/")일 때만 true예요. record.eventName이 "ObjectCreated:"로 시작하지 않으면(예: ObjectRemoved:Delete) 건너뛰세요.',
          ],
          en: [
            'When the bucket notification covers the whole bucket, what the function writes to processed/ becomes a new event that invokes it again, for ever. Process files under uploads/ only; a look-alike prefix such as "uploads-archive/" does not count.',
            'isUpload(key) is true only when key.startsWith("uploads/"). Skip records whose eventName does not start with "ObjectCreated:" (e.g. ObjectRemoved:Delete).',
          ],
        },
      },
      async () => {
        for (const key of [
          'processed/a.txt.json',
          'logs/app.log',
          'uploads-archive/a.txt',
          'a.txt',
        ]) {
          putObject(key, 'x\n');
        }
        putObject('uploads/gone.txt', 'x\n');
        putObject('uploads/ok.txt', 'x\n');
        const { error } = await run(
          s3Event(
            { rawKey: 'uploads/ok.txt' },
            { rawKey: 'processed/a.txt.json' },
            { rawKey: 'logs/app.log' },
            { rawKey: 'uploads-archive/a.txt' },
            { rawKey: 'a.txt' },
            { rawKey: 'uploads/gone.txt', eventName: 'ObjectRemoved:Delete' },
          ),
        );
        expect(error, 'the handler rejected').toBeUndefined();
        expect(getKeys(), 'keys sent to GetObject (only uploads/ok.txt is an upload)').toEqual([
          'uploads/ok.txt',
        ]);
        expect(
          puts().map((p) => p.Key),
          'keys written (only the summary of uploads/ok.txt)',
        ).toEqual(['processed/ok.txt.json']);
      },
    );
  },
);

task(
  {
    ko: '과제 4: 레코드 여러 개와 일부 실패',
    en: 'Task 4: several records and partial failures',
  },
  () => {
    check(
      'processes-every-record',
      {
        title: {
          ko: '레코드가 여러 개면 모두 처리하고, processed 목록에 그 키들을 돌려줘요',
          en: 'processes every record of an event and returns their keys in processed',
        },
        points: 8,
        hints: {
          ko: [
            'event.Records는 배열이에요. 첫 번째 레코드만 보면 나머지 업로드는 처리되지 않아요. ObjectCreated:CompleteMultipartUpload(큰 파일 업로드)도 ObjectCreated예요.',
            'for (const record of event.Records) 안에서 레코드마다 처리하고, 처리한 키를 report.processed에, 건너뛴 키를 report.skipped에 넣어 돌려주세요.',
          ],
          en: [
            'event.Records is an array: look at the first record only and the other uploads are never processed. ObjectCreated:CompleteMultipartUpload (a large upload) is ObjectCreated too.',
            'Handle each record in for (const record of event.Records), push processed keys to report.processed and skipped ones to report.skipped, and return the report.',
          ],
        },
      },
      async () => {
        putObject('uploads/1.txt', '하나\n');
        putObject('uploads/2.txt', '둘\n둘\n');
        putObject('uploads/3.csv', 'a,b\n1,2\n');
        const { result, error } = await run(
          s3Event(
            { rawKey: 'uploads/1.txt' },
            { rawKey: 'uploads/2.txt', eventName: 'ObjectCreated:CompleteMultipartUpload' },
            { rawKey: 'processed/1.txt.json' },
            { rawKey: 'uploads/3.csv', eventName: 'ObjectCreated:Copy' },
          ),
        );
        expect(error, 'the handler rejected').toBeUndefined();
        expect(
          puts()
            .map((p) => p.Key)
            .sort(),
          'keys written',
        ).toEqual(['processed/1.txt.json', 'processed/2.txt.json', 'processed/3.csv.json']);
        const report = result as { processed?: string[]; skipped?: string[] };
        expect([...(report?.processed ?? [])].sort(), 'report.processed').toEqual([
          'uploads/1.txt',
          'uploads/2.txt',
          'uploads/3.csv',
        ]);
        expect(report?.skipped, 'report.skipped').toEqual(['processed/1.txt.json']);
      },
    );

    check(
      'reports-partial-failure',
      {
        title: {
          ko: '한 레코드가 실패해도 나머지를 처리하고, 마지막에 실패한 키를 담은 RecordsFailedError를 던져요',
          en: 'processes the other records when one fails, then throws a RecordsFailedError naming the failed key',
        },
        points: 12,
        hints: {
          ko: [
            '레코드마다 try/catch로 감싸서 하나가 실패해도 반복을 계속하세요. 하지만 실패를 삼키면 안 돼요. 함수가 오류를 던져야 Lambda가 이벤트를 다시 시도하거나 실패 대상(on-failure destination)으로 보내요.',
            'catch에서 failures.push({ key, reason: error.name + ": " + error.message })를 하고, 반복이 끝난 뒤 failures가 있으면 throw new RecordsFailedError(failures, report.processed) 하세요.',
          ],
          en: [
            'Wrap each record in try/catch so one failure does not stop the loop. But do not swallow it: only when the function throws does Lambda retry the event or send it to the on-failure destination.',
            'In the catch, failures.push({ key, reason: error.name + ": " + error.message }); after the loop, if there are failures, throw new RecordsFailedError(failures, report.processed).',
          ],
        },
      },
      async () => {
        putObject('uploads/1.txt', '하나\n');
        putObject('uploads/3.txt', '셋\n');
        const { error } = await run(
          s3Event(
            { rawKey: 'uploads/1.txt' },
            { rawKey: 'uploads/2.txt' },
            { rawKey: 'uploads/3.txt' },
          ),
        );
        expect(
          puts().map((p) => p.Key),
          'keys written despite the failure',
        ).toEqual(['processed/1.txt.json', 'processed/3.txt.json']);
        expect(error, 'the handler rejects').toBeInstanceOf(RecordsFailedError);
        const failed = error as RecordsFailedError;
        expect(
          failed.failures.map((f) => f.key),
          'failures',
        ).toEqual(['uploads/2.txt']);
        expect(failed.failures[0]?.reason, 'the reason names the S3 error').toContain(
          'AccessDenied',
        );
        expect([...failed.processed].sort(), 'processed').toEqual([
          'uploads/1.txt',
          'uploads/3.txt',
        ]);
      },
    );
  },
);

const targets: FunctionTarget[] = [
  {
    bucket: 'lambda-dojo-uploads',
    region: 'ap-northeast-2',
    accountId: '123456789012',
    functionName: 's3-processor',
  },
  {
    bucket: 'acme-media-2026',
    region: 'us-east-1',
    accountId: '210987654321',
    functionName: 'thumbnail-maker',
  },
];

type Expectation = [action: string, resource: (t: FunctionTarget) => string];

const s3Arn = (t: FunctionTarget, key: string) => `arn:aws:s3:::${t.bucket}/${key}`;
const logStream = (t: FunctionTarget, fn = t.functionName) =>
  `arn:aws:logs:${t.region}:${t.accountId}:log-group:/aws/lambda/${fn}:log-stream:2026/11/27/[$LATEST]0a1b2c3d4e5f60718293a4b5c6d7e8f9`;
const logGroup = (t: FunctionTarget, fn = t.functionName) =>
  `arn:aws:logs:${t.region}:${t.accountId}:log-group:/aws/lambda/${fn}`;

/** Asks the IAM policy simulator whether the policy allows `action` on `resource`. */
async function decide(t: FunctionTarget, action: string, resource: string): Promise<string> {
  const simulation: Simulation = {
    identityPolicies: [{ name: `${t.functionName}-policy`, policy: functionPolicy(t) }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    request: {
      action,
      principal: `arn:aws:sts::${t.accountId}:assumed-role/${t.functionName}-role/${t.functionName}`,
      resource: { accountId: t.accountId, resource },
      contextVariables: {},
    },
  };
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') {
    throw new Error(
      `The policy simulator could not evaluate ${action} on ${resource}: ${JSON.stringify(response.errors)}`,
    );
  }
  return response.overallResult;
}

async function expectDecisions(allowed: Expectation[], denied: Expectation[]) {
  for (const t of targets) {
    for (const [action, resource] of allowed) {
      expect(await decide(t, action, resource(t)), `${action} on ${resource(t)}`).toBe('Allowed');
    }
    for (const [action, resource] of denied) {
      expect(
        await decide(t, action, resource(t)),
        `${action} on ${resource(t)} must be denied`,
      ).not.toBe('Allowed');
    }
  }
}

const policyHint = {
  ko: '정책 문서는 { Effect, Action, Resource } 문장(Statement)의 목록이에요. 아무것도 허용하지 않은 요청은 거부돼요(암묵적 거부). 필요한 동작만, 필요한 ARN에만 허용하세요.',
  en: 'A policy document is a list of { Effect, Action, Resource } statements, and any request no statement allows is denied (implicit deny). Allow only the actions needed, on only the ARNs needed.',
};

task(
  {
    ko: '과제 5: 최소 권한 IAM 정책',
    en: 'Task 5: a least-privilege IAM policy',
  },
  () => {
    check(
      'policy-reads-uploads-only',
      {
        title: {
          ko: '정책이 자기 버킷의 uploads/* 읽기만 허용해요 (processed/, uploads-archive/, 다른 버킷은 거부)',
          en: "the policy allows reading its bucket's uploads/* only (processed/, uploads-archive/ and other buckets are denied)",
        },
        points: 5,
        hints: {
          ko: [
            policyHint.ko,
            '{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::<bucket>/uploads/*" }. "uploads*"처럼 슬래시를 빼면 uploads-archive/까지 열려요.',
          ],
          en: [
            policyHint.en,
            '{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::<bucket>/uploads/*" }. Leave out the slash ("uploads*") and uploads-archive/ opens too.',
          ],
        },
      },
      async () => {
        await expectDecisions(
          [
            ['s3:GetObject', (t) => s3Arn(t, 'uploads/보고서 2026.txt')],
            ['s3:GetObject', (t) => s3Arn(t, 'uploads/사진/여름 휴가.txt')],
          ],
          [
            ['s3:GetObject', (t) => s3Arn(t, 'processed/보고서 2026.txt.json')],
            ['s3:GetObject', (t) => s3Arn(t, 'uploads-archive/a.txt')],
            ['s3:GetObject', (t) => s3Arn(t, 'secrets.txt')],
            ['s3:GetObject', () => 'arn:aws:s3:::someone-elses-bucket/uploads/a.txt'],
            ['s3:ListBucket', (t) => `arn:aws:s3:::${t.bucket}`],
            // s3:GetObject* would grant these too: who may read the object, and its tags.
            ['s3:GetObjectAcl', (t) => s3Arn(t, 'uploads/보고서 2026.txt')],
            ['s3:GetObjectTagging', (t) => s3Arn(t, 'uploads/보고서 2026.txt')],
          ],
        );
      },
    );

    check(
      'policy-writes-processed-only',
      {
        title: {
          ko: '정책이 자기 버킷의 processed/* 쓰기만 허용해요 (uploads/에 쓰기, 지우기, ACL 바꾸기는 거부)',
          en: "the policy allows writing its bucket's processed/* only (writing uploads/, deleting and changing ACLs are denied)",
        },
        points: 5,
        hints: {
          ko: [
            policyHint.ko,
            '{ Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::<bucket>/processed/*" }. uploads/에 쓸 수 있으면 함수가 자기 자신을 다시 부를 수 있어요. s3:*는 쓰지 마세요.',
          ],
          en: [
            policyHint.en,
            '{ Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::<bucket>/processed/*" }. A function that can write uploads/ can trigger itself. Do not use s3:*.',
          ],
        },
      },
      async () => {
        await expectDecisions(
          [['s3:PutObject', (t) => s3Arn(t, 'processed/보고서 2026.txt.json')]],
          [
            ['s3:PutObject', (t) => s3Arn(t, 'uploads/loop.txt')],
            ['s3:PutObject', (t) => s3Arn(t, 'processed-old/a.json')],
            ['s3:PutObject', (t) => s3Arn(t, 'index.html')],
            ['s3:PutObject', () => 'arn:aws:s3:::someone-elses-bucket/processed/a.json'],
            ['s3:DeleteObject', (t) => s3Arn(t, 'uploads/보고서 2026.txt')],
            ['s3:DeleteObject', (t) => s3Arn(t, 'processed/보고서 2026.txt.json')],
            ['s3:PutObjectAcl', (t) => s3Arn(t, 'processed/보고서 2026.txt.json')],
          ],
        );
      },
    );

    check(
      'policy-own-logs-only',
      {
        title: {
          ko: '정책이 자기 로그 그룹(/aws/lambda/<함수 이름>)에 로그 쓰기만 허용해요',
          en: 'the policy allows writing logs to its own log group (/aws/lambda/<function name>) only',
        },
        points: 5,
        hints: {
          ko: [
            'Lambda는 함수의 실행 역할로 /aws/lambda/<함수 이름> 로그 그룹에 로그 스트림을 만들고(logs:CreateLogStream) 로그를 써요(logs:PutLogEvents). 이게 없으면 console.log가 어디에도 남지 않아요.',
            '{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "arn:aws:logs:<region>:<accountId>:log-group:/aws/lambda/<functionName>:*" }. Resource를 "*"로 두면 다른 함수의 로그에도 쓸 수 있어요.',
          ],
          en: [
            "Lambda uses the function's execution role to create log streams (logs:CreateLogStream) and write logs (logs:PutLogEvents) in the /aws/lambda/<function name> log group. Without it, console.log goes nowhere.",
            '{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "arn:aws:logs:<region>:<accountId>:log-group:/aws/lambda/<functionName>:*" }. With Resource "*" it could write to any function\'s logs.',
          ],
        },
      },
      async () => {
        await expectDecisions(
          [
            ['logs:CreateLogStream', (t) => logStream(t)],
            ['logs:PutLogEvents', (t) => logStream(t)],
          ],
          [
            ['logs:PutLogEvents', (t) => logStream(t, 'payments-api')],
            ['logs:CreateLogStream', (t) => logStream(t, 'payments-api')],
            ['logs:CreateLogGroup', (t) => logGroup(t, 'payments-api')],
            ['logs:DeleteLogGroup', (t) => logGroup(t)],
            // logs:* on its own log group would grant these too: erasing and reading its logs.
            ['logs:DeleteLogStream', (t) => logStream(t)],
            ['logs:GetLogEvents', (t) => logStream(t)],
          ],
        );
      },
    );

    check(
      'policy-nothing-else',
      {
        title: {
          ko: '정책이 그 밖의 것(다른 서비스, 버킷 관리, 역할 넘기기)은 아무것도 허용하지 않아요',
          en: 'the policy allows nothing else (other services, bucket administration, passing roles)',
        },
        points: 5,
        hints: {
          ko: [
            '"Action": "*"이나 "s3:*", "Resource": "*"처럼 넓게 열면 이 함수의 자격 증명이 새어 나갔을 때 피해가 계정 전체로 번져요.',
            '문장은 세 개면 충분해요: uploads/* 읽기, processed/* 쓰기, 자기 로그 그룹 쓰기. 와일드카드 동작(s3:*, logs:*, *)을 지우세요.',
          ],
          en: [
            'Open it wide ("Action": "*", "s3:*", "Resource": "*") and a leak of this function’s credentials reaches the whole account.',
            'Three statements are enough: read uploads/*, write processed/*, write its own log group. Remove wildcard actions (s3:*, logs:*, *).',
          ],
        },
      },
      async () => {
        await expectDecisions(
          [],
          [
            ['s3:DeleteBucket', (t) => `arn:aws:s3:::${t.bucket}`],
            ['s3:PutBucketPolicy', (t) => `arn:aws:s3:::${t.bucket}`],
            ['s3:PutBucketNotification', (t) => `arn:aws:s3:::${t.bucket}`],
            ['iam:PassRole', (t) => `arn:aws:iam::${t.accountId}:role/admin`],
            [
              'lambda:InvokeFunction',
              (t) => `arn:aws:lambda:${t.region}:${t.accountId}:function:${t.functionName}`,
            ],
            ['dynamodb:Scan', (t) => `arn:aws:dynamodb:${t.region}:${t.accountId}:table/users`],
          ],
        );
      },
    );
  },
);
