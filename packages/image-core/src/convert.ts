// convert: another format and a structured allowlist of edits, never command arguments.

import { invalidOptionError } from './errors.ts';
import type { OutputFormat } from './formats.ts';
import { checkInput, type ImageInput } from './input.ts';
import { type Limits, resolveLimits } from './limits.ts';
import { checkOptions, readAmount, readBoolean, readFormat, readInteger } from './options.ts';
import { applyFormat, checkQuality, finish, type ImageResult } from './output.ts';
import { guard, openImage } from './pipeline.ts';
import { keepsAnimation } from './resize.ts';

export interface ConvertOptions {
  /** Output format: png, jpeg (jpg), webp, avif, gif or tiff (tif). Required. */
  format: OutputFormat | string;
  /** 1–100, for jpeg, webp, avif and tiff. */
  quality?: number;
  /** Drop EXIF, ICC, XMP and IPTC metadata. Default true. */
  stripMetadata?: boolean;
  grayscale?: boolean;
  /** Clockwise quarter turns: 0, 90, 180 or 270 degrees (after EXIF orientation). */
  rotate?: number;
  /** Mirror top to bottom. */
  flip?: boolean;
  /** Mirror left to right. */
  flop?: boolean;
  /** `true` for a fast mild blur, or a Gaussian sigma from 0.3 to 1000. */
  blur?: boolean | number;
  /** `true` for a fast mild sharpen, or a Gaussian sigma from 0.01 to 10. */
  sharpen?: boolean | number;
}

export const CONVERT_OPTIONS = [
  'format',
  'quality',
  'stripMetadata',
  'grayscale',
  'rotate',
  'flip',
  'flop',
  'blur',
  'sharpen',
] as const;

const ROTATIONS = [0, 90, 180, 270];

const readRotation = (options: Record<string, unknown>): number => {
  const value = options.rotate ?? 0;
  if (!ROTATIONS.includes(value as number)) {
    throw invalidOptionError(
      'rotate',
      { en: 'one of 0, 90, 180, 270', ko: '0, 90, 180, 270 중 하나' },
      value,
    );
  }
  return value as number;
};

/** Re-encodes in `format` with the edits asked for; EXIF orientation is applied first. */
export const convert = async (
  input: ImageInput,
  options: ConvertOptions,
  limits: Partial<Limits> = {},
): Promise<ImageResult> => {
  const opts = checkOptions(options, CONVERT_OPTIONS);
  const format = readFormat(opts, 'format');
  if (format === undefined) {
    throw invalidOptionError(
      'format',
      {
        en: 'one of png, jpeg, webp, avif, gif, tiff',
        ko: 'png, jpeg, webp, avif, gif, tiff 중 하나',
      },
      undefined,
    );
  }
  const quality = readInteger(opts, 'quality', 1, 100);
  checkQuality(format, quality);
  const stripMetadata = readBoolean(opts, 'stripMetadata') ?? true;
  const grayscale = readBoolean(opts, 'grayscale') ?? false;
  const rotate = readRotation(opts);
  const flip = readBoolean(opts, 'flip') ?? false;
  const flop = readBoolean(opts, 'flop') ?? false;
  const blur = readAmount(opts, 'blur', 0.3, 1000);
  const sharpen = readAmount(opts, 'sharpen', 0.01, 10);
  const resolved = resolveLimits(limits);
  const checked = checkInput(input, resolved);

  return guard(checked, resolved, () => {
    let image = openImage(checked, resolved, { animated: keepsAnimation(checked.format, format) });
    if (rotate !== 0) image = image.rotate(rotate);
    if (flip) image = image.flip();
    if (flop) image = image.flop();
    if (grayscale) image = image.grayscale();
    if (blur !== undefined) image = blur === true ? image.blur() : image.blur(blur);
    if (sharpen !== undefined)
      image = sharpen === true ? image.sharpen() : image.sharpen({ sigma: sharpen });
    if (!stripMetadata) image = image.keepMetadata();
    return finish(applyFormat(image, format, quality), format, resolved);
  });
};
