import { describe, expect, it } from 'vitest';
import { identify } from '../src/identify.ts';
import { getSample, renderSample, SAMPLE_HEIGHT, SAMPLE_WIDTH, samplePng } from '../src/sample.ts';
import { fixture } from '../src/testing/fixtures.ts';
import { similarity } from './support/pixels.ts';

describe('the sample image', () => {
  it('is 70x46 like the original service sample', async () => {
    expect([SAMPLE_WIDTH, SAMPLE_HEIGHT]).toEqual([70, 46]);
    expect(await identify(samplePng())).toMatchObject({ format: 'png', width: 70, height: 46 });
  });

  it('ships the same bytes in assets/sample.png and src/sample-png.ts', async () => {
    expect(samplePng()).toEqual(await fixture('sample'));
  });

  it('matches what npm run sample renders from the SVG now', async () => {
    expect(await similarity(await renderSample(), samplePng())).toBeGreaterThan(0.99);
  });

  it('is given as PNG by default and in other formats on request', async () => {
    const png = await getSample();
    expect(png).toMatchObject({ format: 'png', width: 70, height: 46 });
    expect(await similarity(png.data, samplePng())).toBe(1);
    const jpeg = await getSample('jpg');
    expect(jpeg).toMatchObject({ format: 'jpeg', mimeType: 'image/jpeg', width: 70, height: 46 });
  });
});
