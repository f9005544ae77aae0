// Readers for operation options: each returns a checked value or throws the one option error.

import { invalidOptionError } from './errors.ts';
import { formatFromName, OUTPUT_FORMATS, type OutputFormat } from './formats.ts';
import * as is from './is.ts';

export type Options = Record<string, unknown>;

/** The widest and tallest output image: WebP's limit, applied to every format alike. */
export const MAX_DIMENSION = 16383;

/** Options must be a plain object whose keys are all in `allowed` (a structured allowlist). */
export const checkOptions = (options: unknown, allowed: readonly string[]): Options => {
  if (options === undefined) return {};
  if (!is.plainObject(options)) {
    throw invalidOptionError('options', { en: 'an object', ko: '객체' }, options);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw invalidOptionError(
        'option name',
        { en: `one of ${allowed.join(', ')}`, ko: `${allowed.join(', ')} 중 하나` },
        key,
      );
    }
  }
  return options;
};

export const readInteger = (
  options: Options,
  name: string,
  min: number,
  max: number,
): number | undefined => {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!is.integer(value) || !is.inRange(value, min, max)) {
    throw invalidOptionError(
      name,
      { en: `an integer between ${min} and ${max}`, ko: `${min} 이상 ${max} 이하의 정수` },
      value,
    );
  }
  return value;
};

export const readBoolean = (options: Options, name: string): boolean | undefined => {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!is.bool(value)) {
    throw invalidOptionError(name, { en: 'true or false', ko: 'true나 false 중 하나' }, value);
  }
  return value;
};

/** A number in [min, max], or `true` for the effect's own mild default. */
export const readAmount = (
  options: Options,
  name: string,
  min: number,
  max: number,
): number | true | undefined => {
  const value = options[name];
  if (value === undefined || value === false) return undefined;
  if (value === true) return true;
  if (!is.number(value) || !is.inRange(value, min, max)) {
    throw invalidOptionError(
      name,
      {
        en: `true or a number between ${min} and ${max}`,
        ko: `true나 ${min} 이상 ${max} 이하의 숫자`,
      },
      value,
    );
  }
  return value;
};

export const readFormat = (options: Options, name: string): OutputFormat | undefined => {
  const value = options[name];
  if (value === undefined) return undefined;
  const format = is.string(value) ? formatFromName(value) : undefined;
  if (format === undefined) {
    throw invalidOptionError(
      name,
      {
        en: `one of ${OUTPUT_FORMATS.join(', ')} (or jpg, tif)`,
        ko: `${OUTPUT_FORMATS.join(', ')}(또는 jpg, tif) 중 하나`,
      },
      value,
    );
  }
  return format;
};
