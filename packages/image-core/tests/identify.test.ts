import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../src/base64.ts';
import { UnreadableImageError } from '../src/errors.ts';
import { identify } from '../src/identify.ts';
import { fixture } from '../src/testing/fixtures.ts';

describe('identify', () => {
  it('describes the sample', async () => {
    const png = await fixture('sample');
    expect(await identify(encodeBase64(png))).toEqual({
      format: 'png',
      mimeType: 'image/png',
      width: 70,
      height: 46,
      channels: 3,
      bitDepth: 8,
      hasAlpha: false,
      orientation: 1,
      density: 72,
      pages: 1,
      byteSize: png.length,
    });
  });

  it('reports displayed dimensions and the orientation of an EXIF-rotated JPEG', async () => {
    const info = await identify(await fixture('exifRotatedJpeg'));
    expect(info).toMatchObject({ format: 'jpeg', width: 100, height: 200, orientation: 6 });
  });

  it('reports alpha of a transparent PNG', async () => {
    const info = await identify(await fixture('transparentPng'));
    expect(info).toMatchObject({ channels: 4, hasAlpha: true });
  });

  it('reports frames and the frame height of an animated GIF', async () => {
    const info = await identify(await fixture('animatedGif'));
    expect(info).toMatchObject({ format: 'gif', width: 40, height: 30, pages: 3 });
  });

  it('reports density and bit depth', async () => {
    expect((await identify(await fixture('printJpeg'))).density).toBe(300);
    expect((await identify(await fixture('deepPng'))).bitDepth).toBe(16);
  });

  it('does not refuse a huge image: it reads only the header', async () => {
    const info = await identify(await fixture('bombPng'));
    expect(info).toMatchObject({ width: 100_000, height: 100_000 });
  });

  it('fails with UNREADABLE_IMAGE on a cut-off header', async () => {
    const png = await fixture('sample');
    const error = await identify(png.subarray(0, 20)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableImageError);
    expect((error as UnreadableImageError).code).toBe('UNREADABLE_IMAGE');
  });
});
