// resize / thumbnail: fit inside a box, keeping the aspect ratio, as the original did.

import type { Metadata } from 'sharp';
import { TooManyPixelsError } from './errors.ts';
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

  return guard(checked, resolved, async () => {
    const image = openImage(checked, resolved, {
      animated: keepsAnimation(checked.format, format),
    });
    // Enlarging is a way to ask for a huge image: the result gets the same pixel limit.
    const box = { width, height, withoutEnlargement };
    checkOutputPixels(fitInside(await image.metadata(), box), resolved);
    image.resize({ width, height, fit: 'inside', withoutEnlargement });
    return finish(applyFormat(image, format, quality), format, resolved);
  });
};

interface Box {
  width?: number | undefined;
  height?: number | undefined;
  withoutEnlargement: boolean;
}

/** The size `fit: 'inside'` will give (all frames counted), from the input's header. */
export const fitInside = (metadata: Metadata, box: Box) => {
  const frames = metadata.pages && metadata.pageHeight ? metadata.pages : 1;
  const { width: w, height: h } = metadata.autoOrient;
  const frameHeight = frames > 1 ? h / frames : h;
  const scales = [
    box.width === undefined ? Number.POSITIVE_INFINITY : box.width / w,
    box.height === undefined ? Number.POSITIVE_INFINITY : box.height / frameHeight,
    box.withoutEnlargement ? 1 : Number.POSITIVE_INFINITY,
  ];
  const scale = Math.min(...scales);
  const width = Math.max(1, Math.round(w * scale));
  const height = Math.max(1, Math.round(frameHeight * scale));
  return { width, height, frames };
};

const checkOutputPixels = (
  size: { width: number; height: number; frames: number },
  limits: Limits,
): void => {
  const pixels = size.width * size.height * size.frames;
  if (pixels > limits.maxInputPixels) {
    const shown = `${size.width}x${size.height}${size.frames > 1 ? `x${size.frames}` : ''} = ${pixels}`;
    throw new TooManyPixelsError({
      en: `Expected a result of at most ${limits.maxInputPixels} pixels for width and height but they would make ${shown} pixels`,
      ko: `width와 height로 만들 결과는 ${limits.maxInputPixels}픽셀 이하여야 하지만, ${shown}픽셀이 돼요`,
    });
  }
};

/** The original service's second name for resize. */
export const thumbnail = resize;
