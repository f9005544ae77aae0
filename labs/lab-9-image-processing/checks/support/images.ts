// The images the checks use come from image-core's fixtures registry, each with a note on where
// it comes from (`@lambda-dojo/image-core/testing`, shared with image-core's own tests). All are
// made with sharp when the checks run (nothing downloaded): results are compared by format,
// dimensions, colours and similarity, never by bytes, so a new libvips does not break a check.

import { type FixtureName, fixture } from '@lambda-dojo/image-core/testing';
import sharp from 'sharp';

export type ImageName = FixtureName;

/** The image's bytes, made once per check file. */
export const image: (name: ImageName) => Promise<Buffer> = fixture;

export const base64Of = async (name: ImageName): Promise<string> =>
  (await image(name)).toString('base64');

/** Format and size of an image given as bytes or base64 text (sharp's view of it). */
export async function describeImage(input: Buffer | string) {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'base64') : input;
  const metadata = await sharp(bytes, { animated: true }).metadata();
  return {
    format: metadata.format,
    width: metadata.width,
    height: metadata.pageHeight ?? metadata.height,
    pages: metadata.pages ?? 1,
    hasAlpha: metadata.hasAlpha,
    orientation: metadata.orientation,
  };
}

/** Whether the text is strict base64 that decodes to some bytes. */
export const isBase64 = (text: unknown): text is string =>
  typeof text === 'string' &&
  text.length > 0 &&
  text.length % 4 === 0 &&
  /^[A-Za-z0-9+/]+={0,2}$/.test(text);

/**
 * How alike two images look, from 0 to 1: both are shrunk to 32×32 RGB (aspect ratio ignored),
 * and 1 minus the mean absolute difference per channel.
 */
export async function similarity(a: Buffer | string, b: Buffer | string): Promise<number> {
  const pixels = async (input: Buffer | string) =>
    sharp(typeof input === 'string' ? Buffer.from(input, 'base64') : input)
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(32, 32, { fit: 'fill' })
      .removeAlpha()
      .raw()
      .toBuffer();
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  let total = 0;
  for (let i = 0; i < x.length; i++) total += Math.abs((x[i] ?? 0) - (y[i] ?? 0));
  return 1 - total / (x.length * 255);
}

/** The colour of one pixel, as displayed (EXIF orientation applied). */
export async function pixelAt(input: Buffer | string, left: number, top: number) {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'base64') : input;
  const { data, info } = await sharp(bytes)
    .rotate()
    .extract({ left, top, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { r: data[0], g: data[1], b: data[2], a: info.channels === 4 ? data[3] : 255 };
}
