import { describe, expect, it } from 'vitest';
import { base64Length } from '../src/base64.ts';
import { convert } from '../src/convert.ts';
import { OutputTooLargeError } from '../src/errors.ts';
import { defaultLimits } from '../src/limits.ts';
import { checkOutputSize, resultToBase64 } from '../src/output.ts';
import { fixture } from '../src/testing/fixtures.ts';

describe('the response size check', () => {
  it('counts base64 growth: 4.5 MB of bytes fill a 6 MB response', () => {
    const limits = defaultLimits();
    expect(() => checkOutputSize(4_718_592, limits)).not.toThrow();
    expect(() => checkOutputSize(4_718_593, limits)).toThrow(OutputTooLargeError);
  });

  it('refuses a result too large for a synchronous response', async () => {
    const noise = await fixture('noiseJpeg');
    const error = await convert(noise, { format: 'png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputTooLargeError);
    expect((error as OutputTooLargeError).message).toMatch(
      /^Expected a result of at most 6291456 bytes as base64 for the response but received \d+ \(\d+ bytes before base64\); ask for a smaller size, a lower quality or another format$/,
    );
  }, 20_000);

  it('lets a smaller limit be set', async () => {
    const png = await fixture('sample');
    const error = await convert(png, { format: 'png' }, { maxOutputBase64Bytes: 100 }).catch(
      (e: unknown) => e,
    );
    expect((error as OutputTooLargeError).code).toBe('OUTPUT_TOO_LARGE');
    expect((error as OutputTooLargeError).messages.ko).toMatch(
      /^응답에 담을 결과는 base64로 100바이트 이하여야 하지만, 결과는 \d+바이트\(base64 전 \d+바이트\)예요\. 크기를 줄이거나 quality를 낮추거나 다른 형식을 요청하세요$/,
    );
  });

  it('reports the base64 size it checked', async () => {
    const result = await convert(await fixture('sample'), { format: 'webp' });
    expect(result.base64Size).toBe(base64Length(result.byteSize));
    expect(resultToBase64(result)).toHaveLength(result.base64Size);
  });
});
