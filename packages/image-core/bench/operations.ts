// What each engine does for each benchmark operation: the same work, said four ways.

import { Jimp } from 'jimp';
import sharp from 'sharp';
import { convert } from '../src/convert.ts';
import { DEFAULT_MAX_INPUT_PIXELS } from '../src/limits.ts';
import { resize } from '../src/resize.ts';
import type { BenchImage } from './images.ts';

export const OPERATIONS = {
  resize: 'resize to fit 640×640, same format (JPEG quality 80)',
  webp: 'convert to WebP quality 80',
  jpeg: 'convert to JPEG quality 80',
} as const;
export type Operation = keyof typeof OPERATIONS;

const BOX = 640;
const QUALITY = 80;

type Run = (image: BenchImage) => Promise<unknown>;

export const imageCore: Record<Operation, Run> = {
  resize: (image) =>
    resize(image.bytes, {
      width: BOX,
      height: BOX,
      quality: image.format === 'jpeg' ? QUALITY : undefined,
    }),
  webp: (image) => convert(image.bytes, { format: 'webp', quality: QUALITY }),
  jpeg: (image) => convert(image.bytes, { format: 'jpeg', quality: QUALITY }),
};

const open = (image: BenchImage) =>
  sharp(image.bytes, { autoOrient: true, limitInputPixels: DEFAULT_MAX_INPUT_PIXELS });

export const rawSharp: Record<Operation, Run> = {
  resize: (image) => {
    const resized = open(image).resize({ width: BOX, height: BOX, fit: 'inside' });
    return (
      image.format === 'jpeg' ? resized.jpeg({ quality: QUALITY }) : resized.png()
    ).toBuffer();
  },
  webp: (image) => open(image).webp({ quality: QUALITY }).toBuffer(),
  jpeg: (image) => open(image).jpeg({ quality: QUALITY }).toBuffer(),
};

/** jimp has no WebP encoder: that operation is reported as not available. */
export const jimp: Partial<Record<Operation, Run>> = {
  resize: async (image) => {
    const picture = await Jimp.read(image.bytes);
    picture.scaleToFit({ w: BOX, h: BOX });
    return image.format === 'jpeg'
      ? picture.getBuffer('image/jpeg', { quality: QUALITY })
      : picture.getBuffer('image/png');
  },
  jpeg: async (image) =>
    (await Jimp.read(image.bytes)).getBuffer('image/jpeg', { quality: QUALITY }),
};

/** ImageMagick `convert` arguments, reading stdin and writing stdout as the original did. */
export const imageMagickArgs = (operation: Operation, image: BenchImage): string[] => {
  const input = `${image.format}:-`;
  switch (operation) {
    case 'resize':
      return [
        input,
        '-auto-orient',
        '-strip',
        '-resize',
        `${BOX}x${BOX}`,
        ...(image.format === 'jpeg' ? ['-quality', `${QUALITY}`] : []),
        `${image.format}:-`,
      ];
    case 'webp':
      return [input, '-auto-orient', '-strip', '-quality', `${QUALITY}`, 'webp:-'];
    case 'jpeg':
      return [input, '-auto-orient', '-strip', '-quality', `${QUALITY}`, 'jpeg:-'];
  }
};
