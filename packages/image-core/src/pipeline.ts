// Opens checked input in sharp with the limits applied, and turns sharp's errors into ours.

import sharp from 'sharp';
import {
  ImageCoreError,
  ProcessingTimeoutError,
  TooManyPixelsError,
  UnreadableImageError,
} from './errors.ts';
import type { CheckedInput } from './input.ts';
import type { Limits } from './limits.ts';

export interface OpenOptions {
  /** Read every frame of an animated GIF or WebP (otherwise only the first). */
  animated?: boolean;
}

/** A sharp pipeline over the input: EXIF orientation applied, pixel limit enforced. */
export const openImage = (input: CheckedInput, limits: Limits, options: OpenOptions = {}) => {
  const image = sharp(input.bytes, {
    autoOrient: true,
    limitInputPixels: limits.maxInputPixels,
    animated: options.animated ?? false,
  });
  return limits.timeoutSeconds > 0 ? image.timeout({ seconds: limits.timeoutSeconds }) : image;
};

/** "WxH = N pixels" (all frames counted), read from the header only; undefined if unreadable. */
const describeSize = async (input: CheckedInput) => {
  try {
    const { width, height } = await sharp(input.bytes, {
      limitInputPixels: false,
      pages: -1,
    }).metadata();
    const size = `${width}x${height} = ${width * height}`;
    return { en: `${size} pixels`, ko: `${size}픽셀` };
  } catch {
    return undefined;
  }
};

const tooManyPixels = async (
  input: CheckedInput,
  limits: Limits,
  name: string,
  cause: unknown,
): Promise<TooManyPixelsError> => {
  const size = await describeSize(input);
  return new TooManyPixelsError(
    {
      en: `Expected an image of at most ${limits.maxInputPixels} pixels for ${name} but received ${size?.en ?? 'a larger one'}`,
      ko: `${name}에는 ${limits.maxInputPixels}픽셀 이하의 이미지가 와야 하지만, 받은 이미지는 ${size ? `${size.ko}이에요` : '그보다 커요'}`,
    },
    { cause },
  );
};

/** Runs a sharp step over `input`, rethrowing sharp's errors as ImageCoreErrors. */
export const guard = async <T>(
  input: CheckedInput,
  limits: Limits,
  step: () => Promise<T>,
  name = 'base64Image',
): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ImageCoreError) throw error;
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (/exceeds pixel limit/i.test(detail)) throw await tooManyPixels(input, limits, name, error);
    if (/^timeout\b/i.test(detail)) {
      throw new ProcessingTimeoutError(
        {
          en: `Expected processing to finish within ${limits.timeoutSeconds} s but it was stopped (${detail}); ask for a smaller image or lighter edits`,
          ko: `처리는 ${limits.timeoutSeconds}초 안에 끝나야 하지만 중간에 멈췄어요(${detail}). 더 작은 이미지나 더 가벼운 편집으로 요청하세요`,
        },
        { cause: error },
      );
    }
    throw new UnreadableImageError(
      {
        en: `Expected a decodable ${input.format.toUpperCase()} image for ${name} but decoding failed: ${detail}`,
        ko: `${name}의 ${input.format.toUpperCase()} 이미지를 읽을 수 없어요. 파일이 잘렸거나 손상됐을 수 있어요: ${detail}`,
      },
      { cause: error },
    );
  }
};
