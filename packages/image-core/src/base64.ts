// Strict base64: the standard alphabet (RFC 4648 §4) with `=` padding. Node's own decoder
// skips characters it does not know; this one refuses them, so a damaged upload fails here
// with its position instead of later inside the decoder.
//
// Accepted on top of plain base64: line breaks (CR/LF, as `base64` wraps its output) and a
// `data:<type>;base64,` prefix (as a browser's `canvas.toDataURL()` gives). The type in the
// prefix is ignored: the bytes decide the format. URL-safe base64 (`-`, `_`) is refused.

import { InvalidBase64Error } from './errors.ts';

const DATA_URL_PREFIX = /^data:[a-z0-9.+/-]*(;[a-z0-9-]+=[a-z0-9.-]+)*;base64,/i;
const LINE_BREAKS = /[\r\n]/g;
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Length of the base64 text for `byteLength` bytes (with padding). */
export const base64Length = (byteLength: number): number => Math.ceil(byteLength / 3) * 4;

/** The most bytes whose base64 text fits in `limit` characters. */
export const maxBytesForBase64 = (limit: number): number => Math.floor(limit / 4) * 3;

export const encodeBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

const shownChar = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x21 || code === 0x7f
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : JSON.stringify(char);
};

const invalidCharacter = (name: string, char: string, index: number): InvalidBase64Error => {
  const shown = shownChar(char);
  return new InvalidBase64Error({
    en: `Expected only base64 characters (A-Z, a-z, 0-9, +, /, = at the end) for ${name} but received ${shown} at index ${index}`,
    ko: `${name}에는 base64 문자(A-Z, a-z, 0-9, +, /, 끝의 =)만 와야 하지만, ${index}번 위치에 ${shown} 문자가 있어요`,
  });
};

const badPadding = (name: string, length: number): InvalidBase64Error =>
  new InvalidBase64Error({
    en: `Expected base64 padded with = to a multiple of 4 characters for ${name} but received ${length} characters`,
    ko: `${name}에는 =로 채워 4의 배수 길이가 된 base64가 와야 하지만, 받은 길이는 ${length}자예요`,
  });

/** Strips line breaks and a data: URL prefix; everything else must be base64 already. */
const normalise = (text: string): { body: string; offset: number } => {
  const prefix = DATA_URL_PREFIX.exec(text);
  const offset = prefix ? prefix[0].length : 0;
  const rest = offset > 0 ? text.slice(offset) : text;
  return {
    body: rest.includes('\n') || rest.includes('\r') ? rest.replace(LINE_BREAKS, '') : rest,
    offset,
  };
};

/** Index in the original text of the first character that is not base64 or a line break. */
const indexOfInvalid = (text: string, from: number): number => {
  for (let i = from; i < text.length; i++) {
    const char = text[i] as string;
    if (char !== '\r' && char !== '\n' && NOT_BASE64.test(char)) return i;
  }
  return -1;
};

/**
 * Decodes base64 strictly. Throws InvalidBase64Error on an empty text, a character outside
 * the alphabet, `=` anywhere but the last one or two places, a length that is not a multiple
 * of 4, or padding bits that are not zero.
 */
export const decodeBase64 = (text: string, name = 'base64Image'): Buffer => {
  const { body, offset } = normalise(text);
  if (body.length === 0) {
    throw new InvalidBase64Error({
      en: `Expected a non-empty base64 string for ${name} but received an empty string`,
      ko: `${name}에는 비어 있지 않은 base64 문자열이 와야 하지만, 빈 문자열을 받았어요`,
    });
  }
  if (NOT_BASE64.test(body)) {
    const at = indexOfInvalid(text, offset);
    throw invalidCharacter(name, text[at] as string, at);
  }
  if (body.length % 4 !== 0) throw badPadding(name, body.length);
  const firstPad = body.indexOf('=');
  const padding = firstPad === -1 ? 0 : body.length - firstPad;
  if (padding > 2 || (padding > 0 && !/^={1,2}$/.test(body.slice(firstPad)))) {
    // `=` before the last two places: point at the first one
    throw invalidCharacter(name, '=', text.indexOf('=', offset));
  }
  if (padding > 0) {
    const last = ALPHABET.indexOf(body[firstPad - 1] as string);
    const unusedBits = padding === 1 ? 0b11 : 0b1111;
    if ((last & unusedBits) !== 0) {
      throw new InvalidBase64Error({
        en: `Expected base64 whose last character before = leaves no stray bits for ${name} but received ${JSON.stringify(body[firstPad - 1])}`,
        ko: `${name}의 = 바로 앞 문자는 남는 비트가 0이어야 하지만, ${JSON.stringify(body[firstPad - 1])} 문자를 받았어요. base64가 잘렸거나 이어 붙여졌는지 확인하세요`,
      });
    }
  }
  return Buffer.from(body, 'base64');
};
