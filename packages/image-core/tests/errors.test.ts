import { describe, expect, it } from 'vitest';
import {
  describeValue,
  HTTP_STATUS_BY_CODE,
  httpStatusFor,
  ImageCoreError,
  InvalidOptionError,
  invalidOptionError,
  OutputTooLargeError,
  subjectParticle,
} from '../src/errors.ts';

describe('invalidOptionError', () => {
  it('builds the message in sharp style, in English and Korean', () => {
    const error = invalidOptionError('width', { en: 'a positive integer', ko: '양의 정수' }, -5);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toBeInstanceOf(ImageCoreError);
    expect(error.name).toBe('InvalidOptionError');
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.option).toBe('width');
    expect(error.message).toBe(
      'Expected a positive integer for width but received -5 of type number',
    );
    expect(error.messageIn('ko')).toBe(
      'width에는 양의 정수가 와야 하지만, 받은 값은 -5(number 타입)이에요',
    );
  });

  it('picks the Korean particle after a final consonant', () => {
    expect(subjectParticle('객체')).toBe('가');
    expect(subjectParticle('정수')).toBe('가');
    expect(subjectParticle('하나')).toBe('가');
    expect(subjectParticle('문자열')).toBe('이');
    const error = invalidOptionError('x', { en: 'a string', ko: '문자열' }, 1);
    expect(error.messages.ko).toContain('문자열이 와야');
  });
});

describe('describeValue', () => {
  it('quotes strings and shortens long values', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(36)}...`);
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(Buffer.alloc(3))).toBe('a Buffer of 3 bytes');
  });
});

describe('httpStatusFor', () => {
  it('maps each code to a status a handler can answer with', () => {
    expect(httpStatusFor('INVALID_OPTION')).toBe(400);
    expect(httpStatusFor('INVALID_BASE64')).toBe(400);
    expect(httpStatusFor('INPUT_TOO_LARGE')).toBe(413);
    expect(httpStatusFor('TOO_MANY_PIXELS')).toBe(413);
    expect(httpStatusFor('UNSUPPORTED_FORMAT')).toBe(415);
    expect(httpStatusFor('UNREADABLE_IMAGE')).toBe(422);
    expect(httpStatusFor('OUTPUT_TOO_LARGE')).toBe(413);
    expect(httpStatusFor('PROCESSING_TIMEOUT')).toBe(503);
    expect(Object.keys(HTTP_STATUS_BY_CODE)).toHaveLength(8);
  });
});

describe('ImageCoreError', () => {
  it('keeps the cause', () => {
    const cause = new Error('libvips said no');
    const error = new OutputTooLargeError({ en: 'too big', ko: '너무 큼' }, { cause });
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('OutputTooLargeError');
  });
});
