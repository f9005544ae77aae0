// What an image is, read from its header without decoding the pixels.

import sharp, { type Metadata } from 'sharp';
import type { InputFormat } from './formats.ts';
import { MIME_TYPES } from './formats.ts';
import { checkInput, type ImageInput } from './input.ts';
import { type Limits, resolveLimits } from './limits.ts';
import { guard } from './pipeline.ts';

export interface ImageInfo {
  format: InputFormat;
  mimeType: string;
  /** Width as displayed, after the EXIF orientation is applied. */
  width: number;
  /** Height as displayed (of one frame for animated images). */
  height: number;
  /** Bands: 1 grey, 2 grey + alpha, 3 colour, 4 colour + alpha (or CMYK). */
  channels: number;
  /** Bits per sample. */
  bitDepth: number;
  hasAlpha: boolean;
  /** EXIF orientation 1–8; 1 (upright) when the image has none. */
  orientation: number;
  /** Pixels per inch, or null when the file does not say. */
  density: number | null;
  /** Frames: more than 1 for animated GIF/WebP or multi-page TIFF. */
  pages: number;
  byteSize: number;
}

const BITS_BY_DEPTH: Readonly<Record<string, number>> = {
  uchar: 8,
  char: 8,
  ushort: 16,
  short: 16,
  uint: 32,
  int: 32,
  float: 32,
  complex: 64,
  double: 64,
  dpcomplex: 128,
};

const bitDepthOf = (metadata: Metadata): number =>
  metadata.bitsPerSample ?? BITS_BY_DEPTH[metadata.depth] ?? 8;

/** Reads the header; dimensions are as displayed (ImageMagick 6 printed them as stored). */
export const readMetadata = async (input: ImageInput, limits: Partial<Limits> = {}) => {
  const resolved = resolveLimits(limits);
  const checked = checkInput(input, resolved);
  const metadata = await guard(checked, resolved, () =>
    // The header only: no pixels are decoded, so no pixel limit is needed to read it.
    sharp(checked.bytes, { limitInputPixels: false }).metadata(),
  );
  return { checked, metadata };
};

export const identify = async (
  input: ImageInput,
  limits: Partial<Limits> = {},
): Promise<ImageInfo> => {
  const { checked, metadata } = await readMetadata(input, limits);
  const pages = metadata.pages ?? 1;
  const rotated = (metadata.orientation ?? 1) >= 5;
  const frameHeight = metadata.pageHeight ?? metadata.height;
  return {
    format: checked.format,
    mimeType: MIME_TYPES[checked.format],
    width: rotated ? frameHeight : metadata.width,
    height: rotated ? metadata.width : frameHeight,
    channels: metadata.channels,
    bitDepth: bitDepthOf(metadata),
    hasAlpha: metadata.hasAlpha,
    orientation: metadata.orientation ?? 1,
    density: metadata.density ?? null,
    pages,
    byteSize: checked.bytes.length,
  };
};
