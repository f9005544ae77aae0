import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.ts';
import { ProcessingTimeoutError } from '../src/errors.ts';
import { OUTPUT_FORMATS } from '../src/formats.ts';
import { fixture } from '../src/testing/fixtures.ts';
import { colourAt, near, similarity } from './support/pixels.ts';

describe('convert', () => {
  it.each(OUTPUT_FORMATS)('writes %s that reads back like the original', async (format) => {
    const png = await fixture('quadrantsPng');
    const result = await convert(png, { format });
    expect(result).toMatchObject({ format, width: 200, height: 100 });
    expect((await sharp(result.data).metadata()).format).toBe(format === 'avif' ? 'heif' : format);
    expect(await similarity(await sharp(result.data).png().toBuffer(), png)).toBeGreaterThan(0.97);
  });

  it.each(OUTPUT_FORMATS)('reads %s input', async (format) => {
    const png = await fixture('quadrantsPng');
    const input = await sharp(png).toFormat(format).toBuffer();
    const result = await convert(input, { format: 'png' });
    expect(result).toMatchObject({ width: 200, height: 100 });
    expect(await similarity(result.data, png)).toBeGreaterThan(0.97);
  });

  it('turns the image to grayscale', async () => {
    const result = await convert(await fixture('quadrantsPng'), { format: 'png', grayscale: true });
    const { r, g, b } = await colourAt(result.data, 10, 10);
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  it('rotates clockwise by quarter turns', async () => {
    const result = await convert(await fixture('quadrantsPng'), { format: 'png', rotate: 90 });
    expect(result).toMatchObject({ width: 100, height: 200 });
    expect(near(await colourAt(result.data, 90, 10), { r: 255, g: 0, b: 0 })).toBe(true);
  });

  it('flips top to bottom and flops left to right', async () => {
    const png = await fixture('quadrantsPng');
    const flipped = await convert(png, { format: 'png', flip: true });
    expect(near(await colourAt(flipped.data, 10, 90), { r: 255, g: 0, b: 0 })).toBe(true);
    const flopped = await convert(png, { format: 'png', flop: true });
    expect(near(await colourAt(flopped.data, 190, 10), { r: 255, g: 0, b: 0 })).toBe(true);
  });

  it('blurs and sharpens the edges between quadrants', async () => {
    const png = await fixture('quadrantsPng');
    const edge = async (data: Buffer) => (await colourAt(data, 99, 10)).r;
    const blurred = await convert(png, { format: 'png', blur: 5 });
    expect(await edge(blurred.data)).toBeGreaterThan(0);
    expect(await edge(blurred.data)).toBeLessThan(255);
    const mild = await convert(png, { format: 'png', blur: true });
    expect(await similarity(mild.data, png)).toBeGreaterThan(0.95);
    const sharpened = await convert(blurred.data, { format: 'png', sharpen: 2 });
    expect(await similarity(sharpened.data, blurred.data)).toBeLessThan(1);
  });

  it('applies EXIF orientation and strips metadata by default', async () => {
    const result = await convert(await fixture('exifRotatedJpeg'), { format: 'jpeg' });
    expect(result).toMatchObject({ width: 100, height: 200 });
    const metadata = await sharp(result.data).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it('keeps metadata when stripMetadata is false, without turning the image twice', async () => {
    const result = await convert(await fixture('printJpeg'), {
      format: 'jpeg',
      stripMetadata: false,
    });
    expect((await sharp(result.data).metadata()).density).toBe(300);
    const turned = await convert(await fixture('exifRotatedJpeg'), {
      format: 'jpeg',
      stripMetadata: false,
    });
    const metadata = await sharp(turned.data).metadata();
    expect(metadata.autoOrient).toEqual({ width: 100, height: 200 });
  });

  it('keeps transparency in WebP and loses none of the opaque half', async () => {
    const result = await convert(await fixture('transparentPng'), { format: 'webp', quality: 90 });
    expect((await colourAt(result.data, 60, 30)).a).toBe(0);
    expect(near(await colourAt(result.data, 4, 30), { r: 255, g: 0, b: 0, a: 255 })).toBe(true);
  });

  it('stops a slow edit at limits.timeoutSeconds', async () => {
    const grey = await sharp({
      create: { width: 3000, height: 2000, channels: 3, background: '#808080' },
    })
      .jpeg()
      .toBuffer();
    const error = await convert(grey, { format: 'jpeg', blur: 1000 }, { timeoutSeconds: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProcessingTimeoutError);
    expect((error as ProcessingTimeoutError).message).toMatch(
      /^Expected processing to finish within 1 s but it was stopped \(timeout: \d+% complete\); ask for a smaller image or lighter edits$/,
    );
  }, 30_000);

  it('rejects bad edits with exact messages', async () => {
    const png = await fixture('sample');
    await expect(convert(png, {} as never)).rejects.toThrow(
      'Expected one of png, jpeg, webp, avif, gif, tiff for format but received undefined of type undefined',
    );
    await expect(convert(png, { format: 'png', rotate: 45 })).rejects.toThrow(
      'Expected one of 0, 90, 180, 270 for rotate but received 45 of type number',
    );
    await expect(convert(png, { format: 'png', blur: 0.1 })).rejects.toThrow(
      'Expected true or a number between 0.3 and 1000 for blur but received 0.1 of type number',
    );
    await expect(convert(png, { format: 'png', flip: 'yes' as never })).rejects.toThrow(
      'Expected true or false for flip but received "yes" of type string',
    );
    await expect(convert(png, { format: 'png', args: '-fx exit' } as never)).rejects.toThrow(
      'Expected one of format, quality, stripMetadata, grayscale, rotate, flip, flop, blur, sharpen for option name but received "args" of type string',
    );
  });

  it('says the same in Korean', async () => {
    const error = await convert(await fixture('sample'), { format: 'png', rotate: 45 }).catch(
      (e: unknown) => e,
    );
    expect((error as { messages: { ko: string } }).messages.ko).toBe(
      'rotate에는 0, 90, 180, 270 중 하나가 와야 하지만, 받은 값은 45(number 타입)이에요',
    );
  });
});
