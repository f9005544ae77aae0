import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../src/base64.ts';
import { formatDimensions, getDimensions } from '../src/dimensions.ts';
import { fixture } from '../src/testing/fixtures.ts';

describe('getDimensions', () => {
  it('gives the sample as 70x46 in the original text form', async () => {
    const dimensions = await getDimensions(encodeBase64(await fixture('sample')));
    expect(dimensions).toEqual({ width: 70, height: 46 });
    expect(formatDimensions(dimensions)).toBe('70x46\n');
  });

  it('gives an EXIF-rotated JPEG as displayed', async () => {
    expect(await getDimensions(await fixture('exifRotatedJpeg'))).toEqual({
      width: 100,
      height: 200,
    });
  });

  it('gives one frame of an animated GIF', async () => {
    expect(await getDimensions(await fixture('animatedGif'))).toEqual({ width: 40, height: 30 });
  });
});
