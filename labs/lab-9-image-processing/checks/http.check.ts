import { handler } from '@lab/handler.ts';
import { check, httpApiInvoker, settingsFromEnv, task } from '@lambda-dojo/check-kit';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { expect } from 'vitest';
import { httpApiEvent, httpApiPostResize, type RequestShape } from './fixtures/events.ts';
import { describeImage, image, pixelAt, similarity } from './support/images.ts';

interface Result {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
}

/**
 * Sends HTTP API events: in this process on mock, through Invoke on lambda-local, and as real
 * requests to the stack's HTTP API on aws. 30 s, as the SAM template gives the function.
 */
const invoke = await httpApiInvoker({ entry: 'handler.ts', handler, name: 'images', timeout: 30 });
// The cold start (sharp loading) happens here, before the first check's clock starts.
if (settingsFromEnv().kind !== 'mock') await invoke(httpApiEvent({ method: 'GET', path: '/ping' }));
/** Each check makes several real invocations on local and aws, on a machine that may be busy. */
const TIMEOUT_MS = settingsFromEnv().kind === 'mock' ? undefined : 30_000;

/** Sends an HTTP API event; the function must answer with a response, never fail. */
async function send(event: APIGatewayProxyEventV2): Promise<Result> {
  const { result, error } = await invoke(event);
  if (error) {
    throw new Error(
      `the handler threw for ${event.requestContext.http.method} ${event.rawPath} instead of answering: ${error.errorType}: ${error.errorMessage}`,
    );
  }
  expect(typeof result, 'the handler answers with a response object').toBe('object');
  expect(result, 'the handler answers with a response object').not.toBeNull();
  return result as Result;
}

const request = (shape: RequestShape) => send(httpApiEvent(shape));

const HANGUL = /[가-힣]/;
/** Accept-Language of a browser that prefers English and also reads Korean. */
const ENGLISH_FIRST = 'en-US,en;q=0.9,ko;q=0.8';
const KOREAN_FIRST = 'ko-KR,ko;q=0.9,en;q=0.8';

/** A response header, whatever the case of its name. */
function header(result: Result, name: string): string | undefined {
  const entry = Object.entries(result.headers ?? {}).find(
    ([key]) => key.toLowerCase() === name.toLowerCase(),
  );
  return entry === undefined ? undefined : String(entry[1]);
}

/** An image response: status 200, base64 body, and the Content-Type of what is inside. */
async function imageResponse(result: Result, label: string) {
  expect(result.statusCode, `${label}: statusCode (body: ${result.body?.slice(0, 120)})`).toBe(200);
  expect(result.isBase64Encoded, `${label}: isBase64Encoded`).toBe(true);
  const described = await describeImage(Buffer.from(result.body ?? '', 'base64'));
  const mime = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
  expect(header(result, 'content-type'), `${label}: content-type`).toBe(
    mime[described.format as keyof typeof mime] ?? described.format,
  );
  return described;
}

/** A JSON error { "error": message, ... } with this status. */
function expectJsonError(result: Result, status: number, label: string): string {
  expect(result.statusCode, `${label}: statusCode (body: ${result.body?.slice(0, 160)})`).toBe(
    status,
  );
  expect(header(result, 'content-type') ?? '', `${label}: content-type`).toMatch(
    /^application\/json/,
  );
  let body: { error?: unknown };
  try {
    body = JSON.parse(result.body ?? '');
  } catch {
    throw new Error(`${label}: the body is not JSON: ${result.body?.slice(0, 120)}`);
  }
  expect(typeof body.error, `${label}: body.error is a message`).toBe('string');
  return body.error as string;
}

/** The `code` of a JSON error body. */
const errorCode = (result: Result): unknown =>
  (JSON.parse(result.body ?? '{}') as { code?: unknown }).code;

task(
  {
    ko: '과제 3: HTTP API로 이미지 주고받기',
    en: 'Task 3: images in and out through an HTTP API',
  },
  () => {
    check(
      'http-binary-resize',
      {
        title: {
          ko: 'POST /resize의 바이너리 본문을 줄여 올바른 Content-Type과 isBase64Encoded: true로 돌려줘요',
          en: 'answers POST /resize with the resized image, the right Content-Type and isBase64Encoded: true',
        },
        points: 8,
        // The file's first image work (sharp warms up here) and eight resizes: on a busy machine
        // it took longer than the default 5 s.
        timeoutMs: Math.max(20_000, TIMEOUT_MS ?? 0),
        hints: {
          ko: [
            'HTTP API는 텍스트가 아닌 본문을 base64로 인코딩해 body에 넣고 isBase64Encoded: true를 붙여요. 응답도 같아요: 바이트를 base64로 보내고 isBase64Encoded: true를 붙여야 API Gateway가 바이트로 되돌려 줘요.',
            'toResponse()에서 이미지는 { statusCode: 200, headers: { "content-type": result.image.mimeType }, body: result.image.data.toString("base64"), isBase64Encoded: true } 모양이에요. 본문은 bodyBytes(event)로 읽으세요. quality와 withoutEnlargement도 runOperation()에 넘기고, 쿼리의 "false"는 불리언 false로 바꿔요.',
          ],
          en: [
            'An HTTP API base64-encodes every body that is not text and sets isBase64Encoded: true. Answers work the same way: send the bytes as base64 with isBase64Encoded: true and API Gateway turns them back into bytes.',
            'In toResponse() an image is { statusCode: 200, headers: { "content-type": result.image.mimeType }, body: result.image.data.toString("base64"), isBase64Encoded: true }. Read the body with bodyBytes(event). Pass quality and withoutEnlargement to runOperation() too, with "false" in the query turned into the boolean false.',
          ],
        },
      },
      async () => {
        const fixture = await send(httpApiPostResize());
        expect(
          await imageResponse(fixture, 'the POST /resize fixture (1×1 PNG, width=50)'),
        ).toMatchObject({
          format: 'png',
          width: 50,
          height: 50,
        });
        const jpeg = await image('quadrantsJpeg');
        const result = await request({
          method: 'POST',
          path: '/resize',
          query: { width: '100' },
          body: jpeg,
          contentType: 'image/jpeg',
          headers: { accept: 'image/jpeg' },
        });
        const resized = await imageResponse(result, 'POST /resize?width=100 with a JPEG');
        expect(resized, 'a JPEG stays a JPEG').toMatchObject({
          format: 'jpeg',
          width: 100,
          height: 50,
        });
        expect(await similarity(Buffer.from(result.body ?? '', 'base64'), jpeg)).toBeGreaterThan(
          0.9,
        );
        const gif = await request({
          method: 'POST',
          path: '/thumbnail',
          query: { height: '15', format: 'gif' },
          body: await image('animatedGif'),
          contentType: 'image/gif',
        });
        expect(
          await imageResponse(gif, 'POST /thumbnail?height=15&format=gif'),
          'still animated',
        ).toMatchObject({
          format: 'gif',
          width: 20,
          height: 15,
          pages: 3,
        });

        // The bytes say what the image is; a client's Content-Type may be wrong.
        const mislabelled = await request({
          method: 'POST',
          path: '/resize',
          query: { width: '60' },
          body: await image('quadrantsPng'),
          contentType: 'image/jpeg',
          headers: { accept: 'image/png,image/jpeg' },
        });
        expect(
          await imageResponse(mislabelled, 'a PNG sent with content-type: image/jpeg'),
          'the format of the bytes, not of the Content-Type header',
        ).toMatchObject({ format: 'png', width: 60 });

        // Every query parameter takes effect: quality and withoutEnlargement too.
        const noise = await image('noiseJpeg');
        const atQuality = (quality: string) =>
          request({
            method: 'POST',
            path: '/resize',
            query: { width: '400', quality, format: 'jpeg' },
            body: noise,
            contentType: 'image/jpeg',
          });
        const low = await atQuality('20');
        const high = await atQuality('95');
        await imageResponse(low, 'POST /resize?quality=20');
        await imageResponse(high, 'POST /resize?quality=95');
        const bytes = (r: Result) => Buffer.from(r.body ?? '', 'base64').length;
        expect(
          bytes(low),
          `quality=20 gives a smaller JPEG than quality=95 (${bytes(high)} bytes)`,
        ).toBeLessThan(bytes(high) * 0.7);
        const small = await image('quadrantsPng');
        const enlarge = (query: Record<string, string>) =>
          request({
            method: 'POST',
            path: '/resize',
            query,
            body: small,
            contentType: 'image/png',
          });
        expect(
          await imageResponse(await enlarge({ width: '400' }), 'POST /resize?width=400'),
          'a 200×100 image resized to width 400',
        ).toMatchObject({ width: 400, height: 200 });
        expect(
          await imageResponse(
            await enlarge({ width: '400', withoutEnlargement: 'true' }),
            'POST /resize?width=400&withoutEnlargement=true',
          ),
          'withoutEnlargement=true keeps a 200×100 image at its size',
        ).toMatchObject({ width: 200, height: 100 });
        expect(
          await imageResponse(
            await enlarge({ width: '400', withoutEnlargement: 'false' }),
            'POST /resize?width=400&withoutEnlargement=false',
          ),
          'withoutEnlargement=false is the boolean false: the image is enlarged',
        ).toMatchObject({ width: 400, height: 200 });
      },
    );

    check(
      'http-accept-webp',
      {
        title: {
          ko: '형식을 지정하지 않으면 Accept에 image/webp가 있을 때 WebP로 답하고 Vary: Accept를 붙여요',
          en: 'answers WebP when no format is asked for and Accept names image/webp, with Vary: Accept',
        },
        points: 5,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'Serverless Image Handler의 "auto WebP"예요. image-core의 formatForAccept(accept, fallback)가 Accept 헤더를 읽어요. fallback은 입력 형식(sniffFormat)이에요. format 쿼리가 있으면 그게 우선이에요.',
            '응답이 Accept에 따라 달라지므로 캐시가 알 수 있게 vary: accept 헤더를 붙이세요. format이 없을 때만 format = formatForAccept(event.headers.accept, sniffFormat(image) ?? "png")로 정해요.',
          ],
          en: [
            "This is the Serverless Image Handler's \"auto WebP\". image-core's formatForAccept(accept, fallback) reads the Accept header; the fallback is the input's format (sniffFormat). A format query parameter wins.",
            'The answer depends on Accept, so add a vary: accept header for caches. Only when there is no format: format = formatForAccept(event.headers.accept, sniffFormat(image) ?? "png").',
          ],
        },
      },
      async () => {
        const png = await image('quadrantsPng');
        const browser = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
        const webp = await request({
          method: 'POST',
          path: '/resize',
          query: { width: '60' },
          body: png,
          contentType: 'image/png',
          headers: { accept: browser },
        });
        expect(await imageResponse(webp, 'a browser that accepts WebP')).toMatchObject({
          format: 'webp',
          width: 60,
        });
        expect(header(webp, 'vary') ?? '', 'Vary').toMatch(/accept/i);
        const plain = await request({
          method: 'POST',
          path: '/resize',
          query: { width: '60' },
          body: png,
          contentType: 'image/png',
          headers: { accept: '*/*' },
        });
        expect(await imageResponse(plain, 'Accept: */*'), 'a wildcard is not enough').toMatchObject(
          {
            format: 'png',
          },
        );
        const asked = await request({
          method: 'POST',
          path: '/resize',
          query: { width: '60', format: 'jpeg' },
          body: png,
          contentType: 'image/png',
          headers: { accept: browser },
        });
        expect(await imageResponse(asked, 'format=jpeg'), 'an explicit format wins').toMatchObject({
          format: 'jpeg',
        });
      },
    );

    check(
      'http-other-routes',
      {
        title: {
          ko: 'GET /ping, GET /sample, POST /dimensions, POST /identify, POST /convert가 동작하고 없는 경로는 404예요',
          en: 'GET /ping, GET /sample, POST /dimensions, POST /identify and POST /convert work; an unknown path is 404',
        },
        points: 5,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'ROUTES 표가 경로와 연산을 이어 줘요. 텍스트 결과는 text/plain, identify는 JSON, 이미지는 바이너리로 답해요. convert의 편집은 쿼리 매개변수(grayscale=true, rotate=90)로 와요.',
            'queryValue()로 "true"/"false"/"90"/"0.75" 같은 쿼리 값을 불리언과 숫자로 바꾸세요. COMMON_PARAMETERS가 아닌 쿼리는 convert의 edits예요. text는 { "content-type": "text/plain; charset=utf-8" }로 답해요.',
          ],
          en: [
            'The ROUTES table ties paths to operations. Text results answer as text/plain, identify as JSON, images as binary. convert takes its edits as query parameters (grayscale=true, rotate=90).',
            'Turn query values such as "true", "false", "90" and "0.75" into booleans and numbers with queryValue(). Query parameters other than COMMON_PARAMETERS are convert\'s edits. Text answers carry { "content-type": "text/plain; charset=utf-8" }.',
          ],
        },
      },
      async () => {
        const ping = await request({ method: 'GET', path: '/ping' });
        expect(ping.statusCode, 'GET /ping').toBe(200);
        expect(ping.body, 'GET /ping').toBe('pong');
        expect(header(ping, 'content-type') ?? '', 'GET /ping content-type').toMatch(
          /^text\/plain/,
        );
        const sample = await request({ method: 'GET', path: '/sample', query: { format: 'jpg' } });
        expect(await imageResponse(sample, 'GET /sample?format=jpg')).toMatchObject({
          format: 'jpeg',
          width: 70,
          height: 46,
        });
        const png = await image('quadrantsPng');
        const dims = await request({
          method: 'POST',
          path: '/dimensions',
          body: await image('exifRotatedJpeg'),
          contentType: 'image/jpeg',
          stage: 'prod',
        });
        expect(dims.statusCode, 'POST /prod/dimensions').toBe(200);
        expect(dims.body, 'POST /dimensions (EXIF-rotated, on the prod stage)').toBe('100x200\n');
        // Through a custom domain mapped to the prod stage, the path has no "/prod" in front.
        const mapped = await request({
          method: 'GET',
          path: '/ping',
          stage: 'prod',
          customDomain: true,
        });
        expect(mapped.statusCode, 'GET /ping through a custom domain on the prod stage').toBe(200);
        expect(mapped.body, 'GET /ping through a custom domain on the prod stage').toBe('pong');
        const info = await request({
          method: 'POST',
          path: '/identify',
          body: png,
          contentType: 'image/png',
        });
        expect(info.statusCode, 'POST /identify').toBe(200);
        expect(header(info, 'content-type') ?? '', 'POST /identify content-type').toMatch(
          /^application\/json/,
        );
        expect(JSON.parse(info.body ?? '{}'), 'POST /identify').toMatchObject({
          format: 'png',
          width: 200,
          height: 100,
        });
        const converted = await request({
          method: 'POST',
          path: '/convert',
          query: { format: 'png', rotate: '180', grayscale: 'true' },
          body: png,
          contentType: 'image/png',
        });
        expect(
          await imageResponse(converted, 'POST /convert?rotate=180&grayscale=true'),
        ).toMatchObject({
          format: 'png',
          width: 200,
          height: 100,
        });
        // Turned upside down, the white quadrant is top-left and the blue one top-right, in grey.
        const topLeft = await pixelAt(converted.body ?? '', 5, 5);
        const topRight = await pixelAt(converted.body ?? '', 195, 5);
        expect(topLeft.r ?? 0, 'rotate=180: the white quadrant is top-left').toBeGreaterThan(200);
        expect(
          [topRight.r, topRight.g].map((c) => Math.abs((c ?? 0) - (topRight.b ?? 0))),
          'grayscale=true: the blue quadrant is grey (r = g = b)',
        ).toEqual([0, 0]);
        expect(topRight.b ?? 255, 'rotate=180: the blue quadrant is top-right').toBeLessThan(200);
        const convertPng = (query: Record<string, string>) =>
          request({ method: 'POST', path: '/convert', query, body: png, contentType: 'image/png' });
        expect(
          await imageResponse(await convertPng({ rotate: '90' }), 'POST /convert?rotate=90'),
          'rotate=90 turns 200×100 into 100×200',
        ).toMatchObject({ width: 100, height: 200 });
        expect(
          await imageResponse(await convertPng({ blur: '0.75' }), 'POST /convert?blur=0.75'),
          'a decimal value such as blur=0.75 is a number',
        ).toMatchObject({ width: 200, height: 100 });
        const missingResult = await request({
          method: 'GET',
          path: '/rose',
          headers: { 'accept-language': ENGLISH_FIRST },
        });
        const missing = expectJsonError(missingResult, 404, 'GET /rose');
        expect(missing, 'GET /rose: the message names the path').toMatch(/\/rose\b/);
        expect(errorCode(missingResult), 'GET /rose: code').toBe('NOT_FOUND');
        expect(missing, 'GET /rose: the message lists the routes').toMatch(
          /\/ping, \/sample, \/dimensions/,
        );
        expect(missing, `GET /rose with Accept-Language: ${ENGLISH_FIRST}`).not.toMatch(HANGUL);
        const missingKo = expectJsonError(
          await request({ method: 'GET', path: '/rose', headers: { 'accept-language': 'ko' } }),
          404,
          'GET /rose (Accept-Language: ko)',
        );
        expect(missingKo, 'GET /rose with Accept-Language: ko').toMatch(HANGUL);
        expect(missingKo, 'GET /rose with Accept-Language: ko: the routes').toMatch(
          /\/ping, \/sample, \/dimensions/,
        );
      },
    );

    check(
      'http-json-errors',
      {
        title: {
          ko: '잘못된 요청에는 400/413/415/422, 예상하지 못한 오류에는 500 JSON 오류로 답하고(Accept-Language: ko면 한국어) 함수는 실패하지 않아요',
          en: 'answers bad requests with 400/413/415/422 JSON errors and unexpected ones with a 500 (Korean with Accept-Language: ko), and never fails',
        },
        points: 7,
        timeoutMs: Math.max(20_000, TIMEOUT_MS ?? 0),
        hints: {
          ko: [
            'HTTP에서는 오류를 던지면 클라이언트가 500만 받아요. handleHttp()의 try/catch에서 모든 오류를 JSON 응답으로 바꾸세요. image-core 오류의 code는 httpStatusFor(code)로 상태 코드가 돼요.',
            'httpError()에서 isImageCoreError(error)면 errorResponse(httpStatusFor(error.code), error.code, error.messageIn(locale)), isServiceError(error)면 400이에요. 본문이 없는 POST는 "이미지를 요청 본문에 담아 보내세요"라고 답하는 InvalidRequestError(400)이고, 받지 않는 쿼리 매개변수는 메시지에 그 이름을 적어요. 그 밖의 오류는 console.error로 남기고 500, code "INTERNAL_ERROR", 내부 사정(오류 이름, 스택)이 드러나지 않는 메시지로 답해요. queryValue()는 "50px" 같은 값을 숫자로 바꾸지 않아요. 그래야 image-core가 받은 값을 메시지에 그대로 보여 줘요.',
          ],
          en: [
            "Over HTTP a thrown error reaches the client as a bare 500. In handleHttp()'s try/catch turn every error into a JSON answer; httpStatusFor(code) gives the status for an image-core error's code.",
            'In httpError(): for isImageCoreError(error) answer errorResponse(httpStatusFor(error.code), error.code, error.messageIn(locale)); for isServiceError(error), 400. A POST without a body is an InvalidRequestError (400) that asks for the image as the request body; a query parameter the route does not take is named in its message. Anything else: log it with console.error and answer 500 with code "INTERNAL_ERROR" and a message that shows no internals (no error name, no stack). queryValue() leaves a value such as "50px" as text, so that image-core\'s message shows what was sent.',
          ],
        },
      },
      async () => {
        const png = await image('quadrantsPng');
        const post = (path: string, body: Buffer | undefined, query: Record<string, string> = {}) =>
          request({ method: 'POST', path, body, query, contentType: 'image/png' });
        expectJsonError(await post('/resize', png, { width: 'wide' }), 400, 'width=wide');
        expectJsonError(await post('/resize', png, { width: '0' }), 400, 'width=0');
        // Only exact numbers become numbers: image-core's message then shows what was sent.
        for (const width of ['50px', 'x50']) {
          const refused = expectJsonError(
            await post('/resize', png, { width }),
            400,
            `width=${width}`,
          );
          expect(refused, `width=${width}: the message shows the value as sent`).toContain(width);
        }
        const unknown = expectJsonError(
          await post('/resize', png, { fx: 'u*2', density: '300' }),
          400,
          'unknown parameters',
        );
        expect(unknown, 'the message names the parameter fx').toMatch(/\bfx\b/);
        expect(unknown, 'the message names the parameter density').toMatch(/\bdensity\b/);
        expect(unknown, 'the message names the parameters /resize takes').toMatch(
          /\bwidth\b.*\bquality\b/,
        );
        const unknownKo = expectJsonError(
          await request({
            method: 'POST',
            path: '/resize',
            body: png,
            query: { fx: 'u*2' },
            contentType: 'image/png',
            headers: { 'accept-language': KOREAN_FIRST },
          }),
          400,
          'an unknown parameter (Accept-Language: ko)',
        );
        expect(unknownKo, 'in Korean, the message names fx').toMatch(/\bfx\b/);
        expect(unknownKo, 'in Korean, the message names width').toMatch(/\bwidth\b/);
        expect(unknownKo, 'in Korean').toMatch(HANGUL);
        const noBody = expectJsonError(await post('/resize', undefined), 400, 'no body');
        expect(noBody, 'a POST without a body: the message asks for a request body').toMatch(
          /body/i,
        );
        expect(noBody, 'a POST without a body: base64Image is the direct door').not.toMatch(
          /base64Image/,
        );
        // An event can also say "no body" with an empty body, or with null (as a console test
        // event or a REST API does); real HTTP cannot send null.
        const emptyBody = expectJsonError(
          await request({ method: 'POST', path: '/resize', text: '' }),
          400,
          'an empty body',
        );
        expect(emptyBody, 'an empty body: the message asks for a request body').toMatch(/body/i);
        if (settingsFromEnv().kind !== 'aws') {
          const nullEvent = { ...httpApiEvent({ method: 'POST', path: '/resize' }), body: null };
          const nullBody = expectJsonError(
            await send(nullEvent as unknown as APIGatewayProxyEventV2),
            400,
            'body: null',
          );
          expect(nullBody, 'body: null: the message asks for a request body').toMatch(/body/i);
        }
        const noBodyKo = expectJsonError(
          await request({
            method: 'POST',
            path: '/resize',
            headers: { 'accept-language': KOREAN_FIRST },
          }),
          400,
          'no body (Accept-Language: ko)',
        );
        expect(noBodyKo, 'a POST without a body, in Korean: the request body').toMatch(/본문/);
        const text = await request({
          method: 'POST',
          path: '/identify',
          text: 'hello, world',
          contentType: 'text/plain',
        });
        expectJsonError(text, 415, 'a text body');
        expectJsonError(
          await request({
            method: 'POST',
            path: '/resize',
            query: { width: '10' },
            text: 'hello, world',
            contentType: 'text/plain',
          }),
          415,
          'a text body to /resize (no format asked for)',
        );
        expectJsonError(await post('/resize', await image('truncatedPng')), 422, 'a PNG cut short');
        expectJsonError(
          await post('/resize', await image('bombPng')),
          413,
          'a 100000×100000 PNG header',
        );
        expectJsonError(
          await post('/convert', await image('noiseJpeg'), { format: 'png' }),
          413,
          'a 1600×1200 noise photo as PNG (over 4.5 MB, too large to return)',
        );
        const korean = await request({
          method: 'POST',
          path: '/identify',
          text: 'hello',
          contentType: 'text/plain',
          headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' },
        });
        expect(expectJsonError(korean, 415, 'Accept-Language: ko'), 'a Korean message').toMatch(
          HANGUL,
        );
        const english = await request({
          method: 'POST',
          path: '/identify',
          text: 'hello',
          contentType: 'text/plain',
          headers: { 'accept-language': ENGLISH_FIRST },
        });
        expect(
          expectJsonError(english, 415, `Accept-Language: ${ENGLISH_FIRST}`),
          'English comes first: an English message',
        ).not.toMatch(HANGUL);

        const wrongMethod = await request({ method: 'GET', path: '/resize' });
        const notAllowed = expectJsonError(wrongMethod, 405, 'GET /resize');
        expect(header(wrongMethod, 'allow'), 'GET /resize: the Allow header').toBe('POST');
        expect(errorCode(wrongMethod), 'GET /resize: code').toBe('METHOD_NOT_ALLOWED');
        expect(notAllowed, 'GET /resize: the message names both methods').toMatch(
          /POST.*GET|GET.*POST/,
        );
        expect(notAllowed, 'GET /resize: in English').not.toMatch(HANGUL);
        const notAllowedKo = expectJsonError(
          await request({ method: 'GET', path: '/resize', headers: { 'accept-language': 'ko' } }),
          405,
          'GET /resize (Accept-Language: ko)',
        );
        expect(notAllowedKo, 'GET /resize with Accept-Language: ko').toMatch(HANGUL);
        expect(notAllowedKo, 'GET /resize in Korean: the methods').toMatch(/POST.*GET/);

        // An error the service did not expect: a body that is not text (JSON allows it; API
        // Gateway never sends it, and bodyBytes() fails on it). Real HTTP cannot carry it.
        if (settingsFromEnv().kind !== 'aws') {
          for (const language of [ENGLISH_FIRST, KOREAN_FIRST]) {
            const broken = httpApiEvent({
              method: 'POST',
              path: '/identify',
              headers: { 'accept-language': language },
            });
            const invocation = await invoke({
              ...broken,
              body: 12345,
              isBase64Encoded: false,
            } as unknown as APIGatewayProxyEventV2);
            const label = `an unexpected error (Accept-Language: ${language})`;
            expect(invocation.error, `${label}: the handler answers instead of failing`).toBe(
              undefined,
            );
            const result = invocation.result as Result;
            const message = expectJsonError(result, 500, label);
            expect(errorCode(result), `${label}: code`).toBe('INTERNAL_ERROR');
            expect(message.length, `${label}: a message`).toBeGreaterThan(0);
            expect(message, `${label}: no internals (error names, codes, stack)`).not.toMatch(
              /TypeError|ERR_|\n\s+at |\.ts\b|12345/,
            );
            if (language === KOREAN_FIRST) expect(message, `${label}: Korean`).toMatch(HANGUL);
            else expect(message, `${label}: English`).not.toMatch(HANGUL);
            expect(
              invocation.output.join('\n'),
              `${label}: the error is logged with console.error`,
            ).not.toBe('');
          }
        }
      },
    );
  },
);
