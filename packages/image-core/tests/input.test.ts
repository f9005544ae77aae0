import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../src/base64.ts';
import { InputTooLargeError, InvalidOptionError, UnsupportedFormatError } from '../src/errors.ts';
import { checkInput } from '../src/input.ts';
import { resolveLimits } from '../src/limits.ts';
import { fixture } from '../src/testing/fixtures.ts';

const limits = resolveLimits();

describe('checkInput', () => {
  it('takes bytes or base64 of them and names the format', async () => {
    const png = await fixture('sample');
    expect(checkInput(png, limits).format).toBe('png');
    const fromText = checkInput(encodeBase64(png), limits);
    expect(fromText.format).toBe('png');
    expect(fromText.bytes).toEqual(png);
    expect(checkInput(new Uint8Array(png), limits).bytes).toEqual(png);
  });

  it('trusts the bytes, not a data: URL type', async () => {
    const gif = await fixture('animatedGif');
    expect(checkInput(`data:image/png;base64,${encodeBase64(gif)}`, limits).format).toBe('gif');
  });

  it('refuses input over maxInputBytes, as bytes and as text', async () => {
    const png = await fixture('sample');
    const small = resolveLimits({ maxInputBytes: 1000 });
    expect(() => checkInput(png, small)).toThrow(InputTooLargeError);
    expect(() => checkInput(png, small)).toThrow(
      `Expected an image of at most 1000 bytes for base64Image but received ${png.length} bytes`,
    );
    const error = (() => {
      try {
        checkInput(encodeBase64(Buffer.alloc(10_000)), small);
      } catch (caught) {
        return caught as InputTooLargeError;
      }
    })();
    expect(error?.messages).toEqual({
      en: 'Expected an image of at most 1000 bytes for base64Image but received about 10002 bytes',
      ko: 'base64Image에는 1000바이트 이하의 이미지가 와야 하지만, 받은 크기는 10002바이트 정도예요',
    });
  });

  it('refuses formats it does not read, showing the first bytes', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    let error: unknown;
    try {
      checkInput(svg, limits);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect((error as UnsupportedFormatError).messages).toEqual({
      en: 'Expected a PNG, JPEG, WebP, AVIF, GIF or TIFF image for base64Image but received bytes starting 3c 73 76 67 20 78 6d 6c',
      ko: 'base64Image에는 PNG, JPEG, WebP, AVIF, GIF, TIFF 이미지가 와야 하지만, 받은 데이터는 3c 73 76 67 20 78 6d 6c 바이트로 시작해요',
    });
  });

  it('refuses values that are neither bytes nor text', () => {
    expect(() => checkInput(42 as unknown as string, limits)).toThrow(InvalidOptionError);
    expect(() => checkInput(42 as unknown as string, limits)).toThrow(
      'Expected a Buffer or a base64 string for base64Image but received 42 of type number',
    );
  });
});
