// resize / thumbnail: fit inside a box, keeping the aspect ratio, as the original did.

import { ANIMATED_FORMATS, type OutputFormat } from './formats.ts';
import { checkInput, type ImageInput } from './input.ts';
import { type Limits, resolveLimits } from './limits.ts';
import { checkOptions, MAX_DIMENSION, readBoolean, readFormat, readInteger } from './options.ts';
import { applyFormat, checkQuality, finish, type ImageResult } from './output.ts';
import { guard, openImage } from './pipeline.ts';

export interface ResizeOptions {
  /** Box width in pixels, 1–16383. */
  width?: number;
  /** Box height in pixels, 1–16383. With neither, width is 100 (as in the original). */
  height?: number;
  /** Output format (png, jpeg/jpg, webp, avif, gif, tiff/tif); default: the input's. */
  format?: OutputFormat | string;
  /** 1–100, for jpeg, webp, avif and tiff. */
  quality?: number;
  /** Never make the image larger than it is. Default false. */
  withoutEnlargement?: boolean;
}

export const RESIZE_OPTIONS = [
  'width',
  'height',
  'format',
  'quality',
  'withoutEnlargement',
] as const;

/** The width used when neither width nor height is given, as the original service did. */
export const DEFAULT_RESIZE_WIDTH = 100;

/** Both frames-capable: an animated GIF/WebP stays animated when written as GIF/WebP. */
export const keepsAnimation = (input: OutputFormat, output: OutputFormat): boolean =>
  ANIMATED_FORMATS.includes(input) && ANIMATED_FORMATS.includes(output);

/**
 * Resizes to fit inside width × height with the aspect ratio kept (EXIF orientation applied
 * first). Metadata is stripped.
 */
export const resize = async (
  input: ImageInput,
  options?: ResizeOptions,
  limits: Partial<Limits> = {},
): Promise<ImageResult> => {
  const opts = checkOptions(options, RESIZE_OPTIONS);
  let width = readInteger(opts, 'width', 1, MAX_DIMENSION);
  const height = readInteger(opts, 'height', 1, MAX_DIMENSION);
  const quality = readInteger(opts, 'quality', 1, 100);
  const withoutEnlargement = readBoolean(opts, 'withoutEnlargement') ?? false;
  const askedFormat = readFormat(opts, 'format');
  const resolved = resolveLimits(limits);
  const checked = checkInput(input, resolved);
  const format = askedFormat ?? checked.format;
  checkQuality(format, quality);
  if (width === undefined && height === undefined) width = DEFAULT_RESIZE_WIDTH;

  return guard(checked, resolved, () => {
    const image = openImage(checked, resolved, {
      animated: keepsAnimation(checked.format, format),
    }).resize({ width, height, fit: 'inside', withoutEnlargement });
    return finish(applyFormat(image, format, quality), format, resolved);
  });
};

/** The original service's second name for resize. */
export const thumbnail = resize;
