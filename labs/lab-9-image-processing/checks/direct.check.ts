import { handler } from '@lab/handler.ts';
import { check, handlerInvoker, settingsFromEnv, task } from '@lambda-dojo/check-kit';
import { expect } from 'vitest';
import { base64Of, describeImage, image, isBase64, pixelAt, similarity } from './support/images.ts';

/**
 * Invokes the handler as Lambda does: the event and the answer go through JSON, and a thrown
 * error comes back as { errorType, errorMessage }. 30 s, as the SAM template gives the function.
 */
const invoke = await handlerInvoker({ entry: 'handler.ts', handler, name: 'images', timeout: 30 });
// On lambda-local and AWS the first call starts an execution environment and loads sharp (a cold
// start of a second or more); it happens here, before the first check's clock starts.
if (invoke.target !== 'mock') await invoke({ operation: 'ping' });
/** Each check makes several real invocations on local and aws, on a machine that may be busy. */
const TIMEOUT_MS = settingsFromEnv().kind === 'mock' ? undefined : 30_000;

/** The result of a successful invocation; a handler error fails the check with its message. */
async function answer(event: Record<string, unknown>): Promise<unknown> {
  const { result, error } = await invoke(event);
  if (error) {
    throw new Error(
      `the handler failed for operation ${JSON.stringify(event.operation)}: ${error.errorType}: ${error.errorMessage}`,
    );
  }
  return result;
}

/** A base64 image answer, checked to be base64, with what sharp sees in it. */
async function imageAnswer(event: Record<string, unknown>, label: string) {
  const result = await answer(event);
  expect(isBase64(result), `${label}: the answer is base64 text`).toBe(true);
  return { base64: result as string, ...(await describeImage(result as string)) };
}

/** The error of an invocation that must fail. */
async function failure(event: unknown) {
  const { result, error } = await invoke(event);
  expect(
    error,
    `the handler must fail for ${JSON.stringify(event).slice(0, 80)} but answered ${JSON.stringify(result)?.slice(0, 80)}`,
  ).toBeDefined();
  return error as { errorType: string; errorMessage: string };
}

task(
  {
    ko: '과제 1: 원래 서비스의 연산 다시 만들기',
    en: "Task 1: rebuild the original service's operations",
  },
  () => {
    check(
      'ping-pong',
      {
        title: { ko: 'ping에 "pong"으로 답해요', en: 'answers ping with "pong"' },
        points: 3,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'runOperation()은 operation 이름을 보고 image-core 함수 하나를 부르는 분배기예요. ping은 이미지 없이 바로 답해요.',
            'ping이면 { kind: "text", text: "pong" }을 돌려주세요. handleDirect()가 text를 그대로 응답해요.',
          ],
          en: [
            'runOperation() dispatches on the operation name to one image-core function. ping answers straight away, no image needed.',
            'For ping return { kind: "text", text: "pong" }; handleDirect() answers with the text as it is.',
          ],
        },
      },
      async () => {
        expect(await answer({ operation: 'ping' })).toBe('pong');
      },
    );

    check(
      'get-sample',
      {
        title: {
          ko: 'getSample이 70×46 샘플을 base64 PNG로, outputExtension이 있으면 그 형식으로 돌려줘요',
          en: 'getSample answers the 70×46 sample as base64 PNG, or in the outputExtension format',
        },
        points: 6,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'image-core의 getSample(format)이 샘플 이미지를 ImageResult로 돌려줘요. 형식은 이벤트의 outputExtension에서 와요(jpg, webp...).',
            'getSample(request.format ?? "png")의 결과를 { kind: "image", image }로 돌려주고, handleDirect()에서는 resultToBase64(result.image)로 base64 문자열을 만드세요.',
          ],
          en: [
            "image-core's getSample(format) gives the sample as an ImageResult. The format comes from the event's outputExtension (jpg, webp...).",
            'Return { kind: "image", image } with getSample(request.format ?? "png"), and in handleDirect() turn it into text with resultToBase64(result.image).',
          ],
        },
      },
      async () => {
        const png = await imageAnswer({ operation: 'getSample' }, 'getSample');
        expect(png, 'getSample').toMatchObject({ format: 'png', width: 70, height: 46 });
        const jpeg = await imageAnswer(
          { operation: 'getSample', outputExtension: 'jpg' },
          'getSample as jpg',
        );
        expect(jpeg, 'outputExtension "jpg"').toMatchObject({
          format: 'jpeg',
          width: 70,
          height: 46,
        });
        expect(
          await similarity(png.base64, jpeg.base64),
          'the JPEG looks like the PNG',
        ).toBeGreaterThan(0.95);
      },
    );

    check(
      'get-dimensions',
      {
        title: {
          ko: 'getDimensions가 PNG, JPEG, WebP, GIF, EXIF 회전 JPEG의 크기를 "70x46\\n" 꼴로 답해요',
          en: 'getDimensions answers "70x46\\n" for PNG, JPEG, WebP, GIF and an EXIF-rotated JPEG',
        },
        points: 6,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'ImageMagick 6.7은 "가로x세로"와 줄바꿈을 출력했어요. image-core의 getDimensions()와 formatDimensions()가 이 모양을 만들어요. 이미지가 없으면 missingImageError(operation)를 던지세요.',
            'text: formatDimensions(await getDimensions(image, limits))를 돌려주세요. EXIF 방향이 6인 200×100 JPEG는 화면에 보이는 대로 "100x200\\n"이어야 해요.',
          ],
          en: [
            'ImageMagick 6.7 printed "WIDTHxHEIGHT" and a newline; image-core\'s getDimensions() and formatDimensions() make that text. Without an image, throw missingImageError(operation).',
            'Return text: formatDimensions(await getDimensions(image, limits)). A 200×100 JPEG with EXIF orientation 6 must give "100x200\\n", as it is displayed.',
          ],
        },
      },
      async () => {
        const sample = (await answer({ operation: 'getSample' })) as string;
        expect(
          await answer({ operation: 'getDimensions', base64Image: sample }),
          'the sample',
        ).toBe('70x46\n');
        for (const name of ['quadrantsPng', 'quadrantsJpeg', 'quadrantsWebp'] as const) {
          expect(
            await answer({ operation: 'getDimensions', base64Image: await base64Of(name) }),
            name,
          ).toBe('200x100\n');
        }
        expect(
          await answer({ operation: 'getDimensions', base64Image: await base64Of('animatedGif') }),
          'an animated GIF (one frame)',
        ).toBe('40x30\n');
        expect(
          await answer({
            operation: 'getDimensions',
            base64Image: await base64Of('exifRotatedJpeg'),
          }),
          'a JPEG stored 200×100 with EXIF orientation 6',
        ).toBe('100x200\n');
      },
    );

    check(
      'identify',
      {
        title: {
          ko: 'identify가 형식, 크기, 알파 채널, 프레임 수를 JSON 객체로 답해요',
          en: 'identify answers format, size, alpha channel and frames as a JSON object',
        },
        points: 6,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'image-core의 identify(image, limits)가 헤더만 읽어서 format, width, height, hasAlpha, pages 등을 돌려줘요. 문자열로 바꾸지 말고 객체 그대로 돌려주세요.',
            'runOperation에서 { kind: "info", info: await identify(image, limits) }를, handleDirect에서 result.info를 그대로 돌려주세요.',
          ],
          en: [
            "image-core's identify(image, limits) reads the header and gives format, width, height, hasAlpha, pages and more. Answer with the object itself, not a string.",
            'Return { kind: "info", info: await identify(image, limits) } from runOperation and result.info from handleDirect.',
          ],
        },
      },
      async () => {
        const info = async (name: Parameters<typeof base64Of>[0]) => {
          const result = await answer({ operation: 'identify', base64Image: await base64Of(name) });
          expect(typeof result, `identify ${name}: an object`).toBe('object');
          return result as Record<string, unknown>;
        };
        expect(await info('quadrantsJpeg'), 'a JPEG').toMatchObject({
          format: 'jpeg',
          width: 200,
          height: 100,
          hasAlpha: false,
        });
        expect(await info('quadrantsWebp'), 'a WebP').toMatchObject({ format: 'webp', width: 200 });
        expect(await info('transparentPng'), 'a transparent PNG').toMatchObject({
          format: 'png',
          width: 64,
          height: 64,
          hasAlpha: true,
        });
        expect(await info('animatedGif'), 'an animated GIF').toMatchObject({
          format: 'gif',
          width: 40,
          height: 30,
          pages: 3,
        });
      },
    );

    check(
      'resize-and-thumbnail',
      {
        title: {
          ko: 'resize와 thumbnail이 비율을 지키며 상자 안에 맞추고, 크기가 없으면 가로 100으로 줄여요',
          en: 'resize and thumbnail fit the image inside the box keeping its ratio, width 100 when no size is given',
        },
        points: 8,
        timeoutMs: Math.max(20_000, TIMEOUT_MS ?? 0),
        hints: {
          ko: [
            'thumbnail은 resize와 같은 연산이에요. image-core의 resize(image, options, limits)에 width, height, quality, format을 넘기세요. 값이 없는 옵션은 넘기지 마세요(image-core는 모르는 키와 잘못된 값을 거부해요).',
            'given({ width, height, quality, withoutEnlargement, format })처럼 undefined인 항목을 빼고 넘기면 돼요. 가로·세로가 모두 없으면 image-core가 가로 100을 써요. EXIF 회전은 먼저 적용돼요.',
          ],
          en: [
            "thumbnail is the same operation as resize. Pass width, height, quality and format to image-core's resize(image, options, limits); leave out the options that were not given (image-core refuses unknown keys and bad values).",
            'Something like given({ width, height, quality, withoutEnlargement, format }) that drops undefined entries. With neither width nor height image-core uses width 100; EXIF orientation is applied first.',
          ],
        },
      },
      async () => {
        const png = await base64Of('quadrantsPng');
        expect(
          await imageAnswer(
            { operation: 'resize', base64Image: png, width: 50 },
            'resize width 50',
          ),
          'resize to width 50 keeps the ratio and the format',
        ).toMatchObject({ format: 'png', width: 50, height: 25 });
        expect(
          await imageAnswer(
            { operation: 'resize', base64Image: png, width: 80, height: 80 },
            'resize 80×80',
          ),
          'fitted inside 80×80',
        ).toMatchObject({ width: 80, height: 40 });
        const thumb = await imageAnswer(
          { operation: 'thumbnail', base64Image: png, outputExtension: 'webp' },
          'thumbnail',
        );
        expect(thumb, 'thumbnail with no size: width 100, as WebP').toMatchObject({
          format: 'webp',
          width: 100,
          height: 50,
        });
        expect(
          await similarity(thumb.base64, png),
          'the thumbnail looks like the image',
        ).toBeGreaterThan(0.9);
        const rotated = await imageAnswer(
          { operation: 'resize', base64Image: await base64Of('exifRotatedJpeg'), height: 100 },
          'resize an EXIF-rotated JPEG',
        );
        expect(rotated, 'the EXIF-rotated JPEG comes out upright').toMatchObject({
          format: 'jpeg',
          width: 50,
          height: 100,
        });
        const portrait = await imageAnswer(
          { operation: 'resize', base64Image: await base64Of('exifRotatedJpeg'), width: 50 },
          'resize a portrait photo by width',
        );
        expect(
          portrait,
          'a 100×200 portrait resized to width 50 is 100 high: width alone sets no height',
        ).toMatchObject({ width: 50, height: 100 });
        const topLeft = await pixelAt(rotated.base64, 5, 5);
        expect(topLeft.b ?? 0, 'blue is top-left once the photo is upright').toBeGreaterThan(150);
        const large = await imageAnswer(
          { operation: 'resize', base64Image: await base64Of('largeJpeg'), width: 400 },
          'resize a 4000×3000 JPEG',
        );
        expect(large, 'a 4000×3000 photo down to 400 wide').toMatchObject({
          format: 'jpeg',
          width: 400,
          height: 300,
        });
      },
    );

    check(
      'convert-with-edits',
      {
        title: {
          ko: 'convert가 허용된 편집(grayscale, rotate, flop...)을 적용해 outputExtension 형식으로 바꿔요',
          en: 'convert applies the allowed edits (grayscale, rotate, flop...) and writes the outputExtension format',
        },
        points: 8,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            '원래 서비스는 ImageMagick 인자를 그대로 받았어요. 여기서는 이벤트의 edits 객체만 image-core의 convert()에 넘기고, 형식은 outputExtension(없으면 png)에서 와요.',
            'convert(image, { quality, ...edits, format: request.format ?? "png" }, limits) 모양이에요. image-core가 모르는 편집은 알아서 거부해요.',
          ],
          en: [
            "The original took raw ImageMagick arguments. Here only the event's edits object reaches image-core's convert(); the format comes from outputExtension (png when absent).",
            'Something like convert(image, { quality, ...edits, format: request.format ?? "png" }, limits); image-core refuses any edit it does not know.',
          ],
        },
      },
      async () => {
        const png = await base64Of('quadrantsPng');
        const gray = await imageAnswer(
          {
            operation: 'convert',
            base64Image: png,
            outputExtension: 'jpg',
            edits: { grayscale: true, rotate: 90 },
          },
          'convert to grayscale JPEG, turned 90°',
        );
        expect(gray, 'grayscale JPEG turned 90°').toMatchObject({
          format: 'jpeg',
          width: 100,
          height: 200,
        });
        const pixel = await pixelAt(gray.base64, 70, 20);
        expect(
          Math.max(pixel.r ?? 0, pixel.g ?? 0, pixel.b ?? 0) -
            Math.min(pixel.r ?? 0, pixel.g ?? 0, pixel.b ?? 0),
          'a grayscale pixel has r = g = b',
        ).toBeLessThan(8);
        const mirrored = await imageAnswer(
          { operation: 'convert', base64Image: png, edits: { flop: true } },
          'convert with flop',
        );
        expect(mirrored, 'no outputExtension: PNG').toMatchObject({ format: 'png', width: 200 });
        const left = await pixelAt(mirrored.base64, 10, 10);
        expect(left.g ?? 0, 'after flop, green is top-left').toBeGreaterThan(200);
        expect(left.r ?? 255, 'after flop, red is no longer top-left').toBeLessThan(60);
        const transparent = await imageAnswer(
          {
            operation: 'convert',
            base64Image: await base64Of('transparentPng'),
            outputExtension: 'webp',
          },
          'a transparent PNG to WebP',
        );
        expect(transparent, 'transparency survives to WebP').toMatchObject({
          format: 'webp',
          hasAlpha: true,
        });
        expect(
          (await pixelAt(transparent.base64, 60, 30)).a,
          'the right half stays transparent',
        ).toBe(0);
      },
    );
  },
);

task(
  {
    ko: '과제 2: 직접 호출의 오류를 원래 모양으로, 더 분명하게',
    en: 'Task 2: errors for direct invocation, in the original shape but clearer',
  },
  () => {
    check(
      'unrecognized-operation',
      {
        title: {
          ko: '모르는 operation이나 빠진 operation에 UnrecognizedOperationError: Unrecognized operation "<op>"로 실패해요',
          en: 'fails with UnrecognizedOperationError: Unrecognized operation "<op>" for an unknown or missing operation',
        },
        points: 6,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'Lambda는 핸들러가 던진 오류의 name을 errorType으로, message를 errorMessage로 보고해요. errors.ts의 UnrecognizedOperationError가 원래 서비스의 문장을 만들어 줘요.',
            'runOperation() 첫머리에서 isOperation(operation)이 아니면 throw new UnrecognizedOperationError(operation) 하세요. operation이 없으면 "undefined"가 찍혀요(원래 서비스도 그랬어요).',
          ],
          en: [
            "Lambda reports a thrown error's name as errorType and its message as errorMessage. UnrecognizedOperationError in errors.ts writes the original's sentence.",
            'At the start of runOperation(), throw new UnrecognizedOperationError(operation) when isOperation(operation) is false. A missing operation shows as "undefined", as in the original.',
          ],
        },
      },
      async () => {
        expect(await failure({ operation: 'rotate' })).toMatchObject({
          errorType: 'UnrecognizedOperationError',
          errorMessage: 'Unrecognized operation "rotate"',
        });
        expect(await failure({ base64Image: await base64Of('quadrantsPng') })).toMatchObject({
          errorType: 'UnrecognizedOperationError',
          errorMessage: 'Unrecognized operation "undefined"',
        });
      },
    );

    check(
      'missing-image',
      {
        title: {
          ko: '이미지가 없으면 Invalid <operation> request: no "base64Image" field supplied로 실패해요',
          en: 'fails with Invalid <operation> request: no "base64Image" field supplied when the image is missing',
        },
        points: 6,
        timeoutMs: TIMEOUT_MS,
        hints: {
          ko: [
            'ping과 getSample 말고는 모두 이미지가 필요해요. 이미지가 없는데 image-core를 부르면 덜 친절한 오류가 나요.',
            'image가 undefined이거나 빈 문자열이면 throw missingImageError(operation) 하세요. errorType은 InvalidRequestError예요.',
          ],
          en: [
            'Every operation but ping and getSample needs an image; calling image-core without one gives a less helpful error.',
            'When image is undefined or an empty string, throw missingImageError(operation). Its errorType is InvalidRequestError.',
          ],
        },
      },
      async () => {
        for (const operation of ['identify', 'resize', 'getDimensions', 'convert']) {
          expect(await failure({ operation }), operation).toMatchObject({
            errorType: 'InvalidRequestError',
            errorMessage: `Invalid ${operation} request: no "base64Image" field supplied`,
          });
        }
        expect(
          await failure({ operation: 'thumbnail', base64Image: '' }),
          'an empty image',
        ).toMatchObject({
          errorMessage: 'Invalid thumbnail request: no "base64Image" field supplied',
        });
      },
    );

    check(
      'bad-input-clear-errors',
      {
        title: {
          ko: '잘못된 base64, 이미지가 아닌 것, 깨진 이미지, 거대한 이미지, 원시 인자, 객체가 아닌 이벤트에 이름 있는 오류로 실패하고, 함수는 계속 동작해요',
          en: 'fails with a named error for invalid base64, non-images, broken and huge images, raw arguments and an event that is not an object, and keeps working',
        },
        points: 8,
        timeoutMs: Math.max(20_000, TIMEOUT_MS ?? 0),
        hints: {
          ko: [
            'image-core가 던지는 오류(InvalidBase64Error, UnsupportedFormatError, UnreadableImageError, TooManyPixelsError...)는 그대로 던지면 돼요. TypeError가 나온다면 이벤트를 검사하지 않고 쓴 곳이 있다는 뜻이에요.',
            'handleDirect()에서: 이벤트가 객체가 아니면(배열, 문자열, null) InvalidRequestError, customArgs가 있으면 InvalidRequestError("... edits ...")를 던지세요. edits가 객체가 아니거나(isPlainObject) base64Image나 outputExtension이 문자열이 아니어도 InvalidRequestError예요. 메시지에는 필드 이름과 describe(value)로 줄인 받은 값을 쓰세요.',
          ],
          en: [
            "image-core's errors (InvalidBase64Error, UnsupportedFormatError, UnreadableImageError, TooManyPixelsError...) can be thrown as they are. A TypeError means some part of the event is used without being checked.",
            'In handleDirect(): throw InvalidRequestError when the event is not an object (a list, a string, null), and when customArgs is present (point to "edits"). edits that is not an object (isPlainObject), or a base64Image or outputExtension that is not a string, is an InvalidRequestError too. The message names the field and shows the value received through describe(value).',
          ],
        },
      },
      async () => {
        const base64 = async (name: Parameters<typeof image>[0]) =>
          (await image(name)).toString('base64');
        const png = await base64('quadrantsPng');
        // The label, the event, the errorType, and texts the message must show.
        const cases: [string, unknown, string, string[]?][] = [
          [
            'invalid base64',
            { operation: 'resize', base64Image: 'iVBO%%%%' },
            'InvalidBase64Error',
          ],
          [
            'a list of events instead of one',
            [{ operation: 'ping' }],
            'InvalidRequestError',
            ['[{"operation":"ping"}]'],
          ],
          ['the image itself as the event', png, 'InvalidRequestError', [png.slice(0, 20)]],
          [
            'edits as a list, not an object',
            { operation: 'convert', base64Image: png, edits: ['grayscale'] },
            'InvalidRequestError',
            ['edits', '["grayscale"]'],
          ],
          [
            'edits that are null',
            { operation: 'convert', base64Image: png, edits: null },
            'InvalidRequestError',
            ['edits'],
          ],
          [
            'text, not an image',
            { operation: 'identify', base64Image: Buffer.from('hello, world').toString('base64') },
            'UnsupportedFormatError',
          ],
          [
            'an SVG (a format sharp reads but the service does not take)',
            {
              operation: 'resize',
              base64Image: Buffer.from(
                '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
              ).toString('base64'),
            },
            'UnsupportedFormatError',
          ],
          [
            'a PNG cut short',
            { operation: 'resize', base64Image: await base64('truncatedPng'), width: 10 },
            'UnreadableImageError',
          ],
          [
            'a 100000×100000 PNG header (decompression bomb)',
            { operation: 'resize', base64Image: await base64('bombPng') },
            'TooManyPixelsError',
          ],
          [
            'an edit outside the allowlist',
            {
              operation: 'convert',
              base64Image: await base64('quadrantsPng'),
              edits: { fx: 'u*2' },
            },
            'InvalidOptionError',
          ],
          [
            'a width that is not a number',
            {
              operation: 'resize',
              base64Image: await base64('quadrantsPng'),
              width: '50; rm -rf /',
            },
            'InvalidOptionError',
          ],
          [
            "the original's raw ImageMagick arguments",
            {
              operation: 'convert',
              base64Image: await base64('quadrantsPng'),
              customArgs: ['-fx', 'u*2'],
            },
            'InvalidRequestError',
          ],
          [
            'a base64Image that is a number',
            { operation: 'identify', base64Image: 42 },
            'InvalidRequestError',
            ['base64Image', '42'],
          ],
          [
            'an outputExtension that is an object',
            { operation: 'getSample', outputExtension: { ext: 'png' } },
            'InvalidRequestError',
            ['outputExtension', '{"ext":"png"}'],
          ],
        ];
        for (const [label, event, errorType, shown = []] of cases) {
          const error = await failure(event);
          expect(`${error.errorType}: ${error.errorMessage}`, label).toMatch(
            new RegExp(`^${errorType}: \\S`),
          );
          for (const text of shown) {
            expect(error.errorMessage, `${label}: the message shows ${text}`).toContain(text);
          }
          expect(error.errorMessage.length, `${label}: the message stays short`).toBeLessThan(300);
        }
        const raw = await failure({
          operation: 'convert',
          base64Image: await base64('quadrantsPng'),
          customArgs: ['-fx', 'u*2'],
        });
        expect(raw.errorMessage, 'the message points to "edits"').toMatch(/edits/);
        expect(await answer({ operation: 'ping' }), 'the function still answers afterwards').toBe(
          'pong',
        );
      },
    );
  },
);
