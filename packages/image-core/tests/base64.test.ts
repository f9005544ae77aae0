import { describe, expect, it } from 'vitest';
import { base64Length, decodeBase64, encodeBase64, maxBytesForBase64 } from '../src/base64.ts';
import { InvalidBase64Error } from '../src/errors.ts';

const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]);

const messageOf = (text: string) => {
  try {
    decodeBase64(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidBase64Error);
    return (error as InvalidBase64Error).messages;
  }
  throw new Error('expected decodeBase64 to throw');
};

describe('decodeBase64', () => {
  it('decodes padded standard base64', () => {
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    expect(decodeBase64('YQ==')).toEqual(Buffer.from('a'));
    expect(decodeBase64('YWI=')).toEqual(Buffer.from('ab'));
  });

  it('accepts line breaks as the base64 command wraps its output', () => {
    const wrapped = encodeBase64(Buffer.alloc(100, 7)).replace(/.{1,76}/g, '$&\r\n');
    expect(decodeBase64(wrapped)).toEqual(Buffer.alloc(100, 7));
  });

  it('accepts a data: URL prefix and ignores its declared type', () => {
    expect(decodeBase64(`data:image/gif;base64,${encodeBase64(bytes)}`)).toEqual(bytes);
    expect(decodeBase64(`data:;base64,${encodeBase64(bytes)}`)).toEqual(bytes);
  });

  it('rejects a character outside the alphabet with its position', () => {
    expect(messageOf('iVBO%w0K')).toEqual({
      en: 'Expected only base64 characters (A-Z, a-z, 0-9, +, /, = at the end) for base64Image but received "%" at index 4',
      ko: 'base64Image에는 base64 문자(A-Z, a-z, 0-9, +, /, 끝의 =)만 와야 하지만, 4번 위치에 "%" 문자가 있어요',
    });
  });

  it('counts the position in the text as sent, data: prefix included', () => {
    expect(messageOf('data:image/png;base64,iV BO').en).toContain('received U+0020 at index 24');
  });

  it('rejects URL-safe base64', () => {
    expect(messageOf('ab-_').en).toContain('received "-" at index 2');
  });

  it('rejects an empty text', () => {
    expect(messageOf('')).toEqual({
      en: 'Expected a non-empty base64 string for base64Image but received an empty string',
      ko: 'base64Image에는 비어 있지 않은 base64 문자열이 와야 하지만, 빈 문자열을 받았어요',
    });
  });

  it('rejects a length that is not a multiple of 4', () => {
    expect(messageOf('YWJ')).toEqual({
      en: 'Expected base64 padded with = to a multiple of 4 characters for base64Image but received 3 characters',
      ko: 'base64Image에는 =로 채워 4의 배수 길이가 된 base64가 와야 하지만, 받은 길이는 3자예요',
    });
  });

  it('rejects = before the end', () => {
    expect(messageOf('YQ==YQ==').en).toContain('received "=" at index 2');
    expect(messageOf('Y===').en).toContain('received "=" at index 1');
  });

  it('rejects padding bits that are not zero', () => {
    expect(messageOf('YR==').en).toBe(
      'Expected base64 whose last character before = leaves no stray bits for base64Image but received "R"',
    );
  });

  it('names the field it was given', () => {
    expect(() => decodeBase64('!!!!', 'body')).toThrow('for body but received "!" at index 0');
  });
});

describe('base64 sizes', () => {
  it('computes the base64 length with padding', () => {
    expect([0, 1, 2, 3, 4].map(base64Length)).toEqual([0, 4, 4, 4, 8]);
    expect(base64Length(4_718_592)).toBe(6_291_456);
  });

  it('finds the most bytes that fit a base64 limit', () => {
    expect(maxBytesForBase64(6_291_456)).toBe(4_718_592);
    expect(base64Length(maxBytesForBase64(1001))).toBeLessThanOrEqual(1001);
  });
});
