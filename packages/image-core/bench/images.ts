// The fixed benchmark images: made from a seeded generator, so every run sees the same pixels.
// A smooth gradient with shapes and a little grain, like a photo to a JPEG encoder.

import sharp from 'sharp';
import { samplePng } from '../src/sample.ts';

export interface BenchImage {
  name: string;
  format: 'jpeg' | 'png';
  bytes: Buffer;
}

/** mulberry32: a tiny seeded PRNG, enough for grain. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const photoPixels = (width: number, height: number, channels: 3 | 4, seed: number): Buffer => {
  const next = random(seed);
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * channels;
      const wave = Math.sin(x / 37) * Math.cos(y / 53) * 40;
      const grain = (next() - 0.5) * 24;
      pixels[at] = 90 + (120 * x) / width + wave + grain;
      pixels[at + 1] = 60 + (140 * y) / height - wave + grain;
      pixels[at + 2] = 150 - (80 * x) / width + wave / 2 + grain;
      if (channels === 4) pixels[at + 3] = (x + y) % 400 < 300 ? 255 : 96;
    }
  }
  return pixels;
};

const photo = (width: number, height: number, channels: 3 | 4, seed: number) =>
  sharp(photoPixels(width, height, channels, seed), { raw: { width, height, channels } });

export const makeBenchImages = async (): Promise<BenchImage[]> => [
  {
    name: 'photo 3000×2000 JPEG',
    format: 'jpeg',
    bytes: await photo(3000, 2000, 3, 1).jpeg({ quality: 85 }).toBuffer(),
  },
  {
    name: 'photo 1920×1080 JPEG',
    format: 'jpeg',
    bytes: await photo(1920, 1080, 3, 2).jpeg({ quality: 85 }).toBuffer(),
  },
  {
    name: 'graphic 1200×800 PNG+alpha',
    format: 'png',
    bytes: await photo(1200, 800, 4, 3).png().toBuffer(),
  },
  { name: 'sample 70×46 PNG', format: 'png', bytes: samplePng() },
];
