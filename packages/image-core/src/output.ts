// Encoding to an output format, and the result every operation returns.

import type { Sharp } from 'sharp';
import { base64Length, encodeBase64 } from './base64.ts';
import { invalidOptionError, OutputTooLargeError } from './errors.ts';
import { MIME_TYPES, type OutputFormat } from './formats.ts';
import type { Limits } from './limits.ts';

export interface ImageResult {
  data: Buffer;
  format: OutputFormat;
  /** For a Content-Type header. */
  mimeType: string;
  width: number;
  /** Height of one frame. */
  height: number;
  /** Frames: more than 1 only for animated GIF or WebP output. */
  pages: number;
  byteSize: number;
  /** Length of `data` as base64 text: what a Lambda response carries. */
  base64Size: number;
}

/** Formats whose encoder takes a quality from 1 to 100. */
export const QUALITY_FORMATS: readonly OutputFormat[] = ['jpeg', 'webp', 'avif', 'tiff'];

/** Throws when `quality` was given for a format without a quality setting. */
export const checkQuality = (format: OutputFormat, quality: number | undefined): void => {
  if (quality !== undefined && !QUALITY_FORMATS.includes(format)) {
    throw invalidOptionError(
      'format',
      {
        en: `one of ${QUALITY_FORMATS.join(', ')} when quality is set`,
        ko: `quality를 쓸 때는 ${QUALITY_FORMATS.join(', ')} 중 하나`,
      },
      format,
    );
  }
};

/** Sets the encoder; quality is only passed when given, so each format keeps its default. */
export const applyFormat = (image: Sharp, format: OutputFormat, quality?: number): Sharp => {
  const q = quality === undefined ? {} : { quality };
  switch (format) {
    case 'png':
      return image.png();
    case 'jpeg':
      return image.jpeg(q);
    case 'webp':
      return image.webp(q);
    case 'avif':
      return image.avif(q);
    case 'gif':
      return image.gif();
    case 'tiff':
      return image.tiff(q);
  }
};

/** Throws OutputTooLargeError when `byteSize` bytes would not fit as base64 in the limit. */
export const checkOutputSize = (byteSize: number, limits: Limits): void => {
  const encoded = base64Length(byteSize);
  if (encoded > limits.maxOutputBase64Bytes) {
    throw new OutputTooLargeError({
      en: `Expected a result of at most ${limits.maxOutputBase64Bytes} bytes as base64 for the response but received ${encoded} (${byteSize} bytes before base64); ask for a smaller size, a lower quality or another format`,
      ko: `응답에 담을 결과는 base64로 ${limits.maxOutputBase64Bytes}바이트 이하여야 하지만, 결과는 ${encoded}바이트(base64 전 ${byteSize}바이트)예요. 크기를 줄이거나 quality를 낮추거나 다른 형식을 요청하세요`,
    });
  }
};

/** Encodes the pipeline and checks the size of the result. */
export const finish = async (
  image: Sharp,
  format: OutputFormat,
  limits: Limits,
): Promise<ImageResult> => {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  checkOutputSize(data.length, limits);
  const pageHeight = info.pageHeight ?? info.height;
  return {
    data,
    format,
    mimeType: MIME_TYPES[format],
    width: info.width,
    height: pageHeight,
    pages: Math.max(1, Math.round(info.height / pageHeight)),
    byteSize: data.length,
    base64Size: base64Length(data.length),
  };
};

/** The result's bytes as base64 text (what the original service returned). */
export const resultToBase64 = (result: ImageResult): string => encodeBase64(result.data);
