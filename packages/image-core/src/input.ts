// Turns what a caller sends (bytes or base64 text) into checked bytes of a known format.

import { base64Length, decodeBase64 } from './base64.ts';
import { InputTooLargeError, invalidOptionError, UnsupportedFormatError } from './errors.ts';
import { type InputFormat, sniffFormat } from './formats.ts';
import type { Limits } from './limits.ts';

/** Image bytes, or base64 text of them (strictly decoded; see base64.ts). */
export type ImageInput = Uint8Array | string;

export interface CheckedInput {
  bytes: Buffer;
  format: InputFormat;
}

const tooLarge = (name: string, bytes: number, limit: number, estimated: boolean) =>
  new InputTooLargeError({
    en: `Expected an image of at most ${limit} bytes for ${name} but received ${estimated ? 'about ' : ''}${bytes} bytes`,
    ko: `${name}에는 ${limit}바이트 이하의 이미지가 와야 하지만, 받은 크기는 ${bytes}바이트${estimated ? ' 정도' : ''}예요`,
  });

const hexStart = (bytes: Uint8Array): string =>
  [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');

/**
 * Decodes and checks an input: at most `limits.maxInputBytes` bytes, and a PNG, JPEG, WebP,
 * AVIF, GIF or TIFF by its magic bytes (a file name or Content-Type is never trusted).
 */
export const checkInput = (
  input: ImageInput,
  limits: Limits,
  name = 'base64Image',
): CheckedInput => {
  let bytes: Buffer;
  if (typeof input === 'string') {
    // Refuse oversized text before decoding it: base64 is 4/3 of the bytes.
    if (input.length > base64Length(limits.maxInputBytes) + 1024) {
      throw tooLarge(name, Math.floor((input.length / 4) * 3), limits.maxInputBytes, true);
    }
    bytes = decodeBase64(input, name);
  } else if (input instanceof Uint8Array) {
    bytes = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  } else {
    throw invalidOptionError(
      name,
      { en: 'a Buffer or a base64 string', ko: 'Buffer나 base64 문자열' },
      input,
    );
  }
  if (bytes.length > limits.maxInputBytes) {
    throw tooLarge(name, bytes.length, limits.maxInputBytes, false);
  }
  const format = sniffFormat(bytes);
  if (format === undefined) {
    const start = bytes.length === 0 ? 'no bytes' : `bytes starting ${hexStart(bytes)}`;
    throw new UnsupportedFormatError({
      en: `Expected a PNG, JPEG, WebP, AVIF, GIF or TIFF image for ${name} but received ${start}`,
      ko: `${name}에는 PNG, JPEG, WebP, AVIF, GIF, TIFF 이미지가 와야 하지만, ${bytes.length === 0 ? '받은 데이터는 비어 있어요' : `받은 데이터는 ${hexStart(bytes)} 바이트로 시작해요`}`,
    });
  }
  return { bytes, format };
};
