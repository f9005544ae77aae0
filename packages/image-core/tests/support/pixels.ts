// Comparing images by what they show: a pixel's colour, and similarity between two images.

import sharp from 'sharp';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The colour at (x, y) of the first frame, as RGBA. */
export const colourAt = async (image: Buffer, x: number, y: number): Promise<Rgba> => {
  const { data } = await sharp(image)
    .ensureAlpha()
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { r: data[0] ?? 0, g: data[1] ?? 0, b: data[2] ?? 0, a: data[3] ?? 0 };
};

/** True when every channel is within `tolerance` of the expected colour (lossy formats drift). */
export const near = (actual: Rgba, expected: Partial<Rgba>, tolerance = 24): boolean =>
  (Object.keys(expected) as (keyof Rgba)[]).every(
    (key) => Math.abs(actual[key] - (expected[key] ?? 0)) <= tolerance,
  );

/** 1 for identical pixels, 0 for opposite: 1 − mean absolute difference over RGBA samples. */
export const similarity = async (a: Buffer, b: Buffer): Promise<number> => {
  const left = await sharp(a).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const right = await sharp(b).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  if (left.info.width !== right.info.width || left.info.height !== right.info.height) return 0;
  let total = 0;
  for (let i = 0; i < left.data.length; i++) {
    total += Math.abs((left.data[i] ?? 0) - (right.data[i] ?? 0));
  }
  return 1 - total / (left.data.length * 255);
};
