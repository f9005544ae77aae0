import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type FixtureName, fixture, fixtures } from '../../src/testing/fixtures.ts';

/**
 * The size each fixture's note promises, as sharp reads it (per frame, before EXIF rotation).
 * overLimitJpeg takes seconds to encode: resize.test.ts reads its 8000x8000 in the error it causes.
 */
const SIZES: Partial<Record<FixtureName, [number, number]>> = {
  sample: [70, 46],
  quadrantsPng: [200, 100],
  quadrantsJpeg: [200, 100],
  quadrantsWebp: [200, 100],
  exifRotatedJpeg: [200, 100],
  transparentPng: [64, 64],
  animatedGif: [40, 30],
  printJpeg: [300, 200],
  deepPng: [16, 16],
  noiseJpeg: [1600, 1200],
  largeJpeg: [4000, 3000],
  bombPng: [100_000, 100_000],
};

describe('the fixtures registry', () => {
  it('says where every image comes from', () => {
    for (const [name, { origin }] of Object.entries(fixtures)) {
      expect(origin.length, `${name}: origin`).toBeGreaterThan(10);
    }
  });

  it.each(Object.entries(SIZES))(
    'makes %s at the size its note gives',
    async (name, size) => {
      const metadata = await sharp(await fixture(name as FixtureName), {
        animated: true,
        limitInputPixels: false,
      }).metadata();

      expect([metadata.width, metadata.pageHeight ?? metadata.height]).toEqual(size);
    },
    20_000,
  );

  it('makes each image once per file', async () => {
    expect(await fixture('quadrantsPng')).toBe(await fixture('quadrantsPng'));
  });

  it('makes a truncated PNG that sharp cannot decode', async () => {
    const png = await fixture('truncatedPng');

    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await expect(sharp(png).raw().toBuffer()).rejects.toThrow();
  });
});
