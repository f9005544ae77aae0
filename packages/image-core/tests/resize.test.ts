import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../src/base64.ts';
import { InvalidOptionError, TooManyPixelsError, UnreadableImageError } from '../src/errors.ts';
import { resize, thumbnail } from '../src/resize.ts';
import { fixture } from '../src/testing/fixtures.ts';
import { colourAt, near } from './support/pixels.ts';

describe('resize', () => {
  it('makes the image 100 pixels wide when neither width nor height is given', async () => {
    const result = await resize(encodeBase64(await fixture('sample')));
    expect(result).toMatchObject({ format: 'png', mimeType: 'image/png', width: 100, height: 66 });
  });

  it('fits inside the box keeping the aspect ratio', async () => {
    const png = await fixture('quadrantsPng');
    expect(await resize(png, { width: 50, height: 50 })).toMatchObject({ width: 50, height: 25 });
    expect(await resize(png, { width: 1000, height: 100 })).toMatchObject({
      width: 200,
      height: 100,
    });
  });

  it('follows width only or height only', async () => {
    const png = await fixture('quadrantsPng');
    expect(await resize(png, { width: 80 })).toMatchObject({ width: 80, height: 40 });
    expect(await resize(png, { height: 20 })).toMatchObject({ width: 40, height: 20 });
  });

  it('enlarges unless withoutEnlargement is set', async () => {
    const png = await fixture('sample');
    expect(await resize(png, { width: 140 })).toMatchObject({ width: 140, height: 92 });
    expect(await resize(png, { width: 140, withoutEnlargement: true })).toMatchObject({
      width: 70,
      height: 46,
    });
  });

  it('applies EXIF orientation before resizing', async () => {
    const result = await resize(await fixture('exifRotatedJpeg'), { width: 50, format: 'png' });
    expect(result).toMatchObject({ width: 50, height: 100, format: 'png' });
    // turned clockwise: red (top-left) is now top-right, blue (bottom-left) top-left
    expect(near(await colourAt(result.data, 40, 10), { r: 255, g: 0, b: 0 })).toBe(true);
    expect(near(await colourAt(result.data, 10, 10), { r: 0, g: 0, b: 255 })).toBe(true);
    expect((await sharp(result.data).metadata()).orientation).toBeUndefined();
  });

  it('keeps transparency', async () => {
    const result = await resize(await fixture('transparentPng'), { width: 32 });
    expect(await colourAt(result.data, 4, 16)).toMatchObject({ r: 255, a: 255 });
    expect((await colourAt(result.data, 28, 16)).a).toBe(0);
  });

  it('keeps every frame of an animated GIF written as GIF or WebP', async () => {
    const gif = await fixture('animatedGif');
    const asGif = await resize(gif, { width: 20 });
    expect(asGif).toMatchObject({ format: 'gif', width: 20, height: 15, pages: 3 });
    expect((await sharp(asGif.data).metadata()).pages).toBe(3);
    const asWebp = await resize(gif, { width: 20, format: 'webp' });
    expect((await sharp(asWebp.data).metadata()).pages).toBe(3);
  });

  it('writes the first frame of an animated GIF as PNG', async () => {
    const result = await resize(await fixture('animatedGif'), { width: 20, format: 'png' });
    expect(result).toMatchObject({ width: 20, height: 15, pages: 1 });
    expect(near(await colourAt(result.data, 10, 7), { r: 255, g: 0, b: 0 })).toBe(true);
  });

  it('writes the format asked for with its quality', async () => {
    const png = await fixture('quadrantsPng');
    const low = await resize(png, { width: 200, format: 'jpg', quality: 10 });
    const high = await resize(png, { width: 200, format: 'jpg', quality: 95 });
    expect(low.format).toBe('jpeg');
    expect(low.byteSize).toBeLessThan(high.byteSize);
  });

  it('is also called thumbnail', () => {
    expect(thumbnail).toBe(resize);
  });

  it('rejects bad options with exact messages', async () => {
    const png = await fixture('sample');
    await expect(resize(png, { width: 0 })).rejects.toThrow(
      'Expected an integer between 1 and 16383 for width but received 0 of type number',
    );
    await expect(resize(png, { height: '50' as unknown as number })).rejects.toThrow(
      'Expected an integer between 1 and 16383 for height but received "50" of type string',
    );
    await expect(resize(png, { format: 'bmp' })).rejects.toThrow(
      'Expected one of png, jpeg, webp, avif, gif, tiff (or jpg, tif) for format but received "bmp" of type string',
    );
    await expect(resize(png, { quality: 80 })).rejects.toThrow(
      'Expected one of jpeg, webp, avif, tiff when quality is set for format but received "png" of type string',
    );
    await expect(resize(png, { size: 5 } as never)).rejects.toThrow(InvalidOptionError);
  });

  it('refuses a decompression bomb before decoding it', async () => {
    const error = await resize(await fixture('bombPng'), { width: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyPixelsError);
    expect((error as TooManyPixelsError).messages).toEqual({
      en: 'Expected an image of at most 50000000 pixels for base64Image but received 100000x100000 = 10000000000 pixels',
      ko: 'base64Image에는 50000000픽셀 이하의 이미지가 와야 하지만, 받은 이미지는 100000x100000 = 10000000000픽셀이에요',
    });
  });

  it('refuses to enlarge past the pixel limit', async () => {
    const error = await resize(await fixture('sample'), { width: 16383 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyPixelsError);
    expect((error as TooManyPixelsError).messages).toEqual({
      en: 'Expected a result of at most 50000000 pixels for width and height but they would make 16383x10766 = 176379378 pixels',
      ko: 'width와 height로 만들 결과는 50000000픽셀 이하여야 하지만, 16383x10766 = 176379378픽셀이 돼요',
    });
  });

  it('counts every frame of an animation against the pixel limit', async () => {
    const gif = await fixture('animatedGif');
    await expect(resize(gif, { width: 400 }, { maxInputPixels: 300_000 })).rejects.toThrow(
      'would make 400x300x3 = 360000 pixels',
    );
    await expect(
      resize(gif, { width: 400, format: 'png' }, { maxInputPixels: 300_000 }),
    ).resolves.toMatchObject({
      width: 400,
      height: 300,
    });
  });

  it('refuses a real image over the pixel limit', async () => {
    await expect(resize(await fixture('overLimitJpeg'), { width: 10 })).rejects.toThrow(
      'Expected an image of at most 50000000 pixels for base64Image but received 8000x8000 = 64000000 pixels',
    );
  }, 20_000);

  it('fails with UNREADABLE_IMAGE on a truncated image, without crashing', async () => {
    const png = await fixture('sample');
    const error = await resize(png.subarray(0, 300)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableImageError);
    expect((error as UnreadableImageError).message).toMatch(
      /^Expected a decodable PNG image for base64Image but decoding failed: /,
    );
  });
});
