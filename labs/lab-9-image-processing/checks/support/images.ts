// Every image the checks use, and where it comes from. All are made here with sharp when the
// checks run (nothing downloaded): results are compared by format, dimensions, colours and
// similarity, never by bytes, so a new libvips does not break a check.

import { crc32 } from 'node:zlib';
import sharp from 'sharp';

const RED = { r: 255, g: 0, b: 0 };
const GREEN = { r: 0, g: 255, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };
const WHITE = { r: 255, g: 255, b: 255 };

/** 200×100: red top-left, green top-right, blue bottom-left, white bottom-right. */
const quadrants = () => {
  const block = (background: typeof RED, left: number, top: number) => ({
    input: { create: { width: 100, height: 50, channels: 3 as const, background } },
    left,
    top,
  });
  return sharp({ create: { width: 200, height: 100, channels: 3, background: WHITE } }).composite([
    block(RED, 0, 0),
    block(GREEN, 100, 0),
    block(BLUE, 0, 50),
  ]);
};

/** Three frames of 40×30 (red, green, blue) as an animated GIF. */
const animatedGif = async (): Promise<Buffer> => {
  const frame = 40 * 30 * 4;
  const raw = Buffer.alloc(frame * 3);
  [RED, GREEN, BLUE].forEach(({ r, g, b }, index) => {
    for (let at = index * frame; at < (index + 1) * frame; at += 4) raw.set([r, g, b, 255], at);
  });
  return sharp(raw, { raw: { width: 40, height: 90, channels: 4, pageHeight: 30 } })
    .gif({ loop: 0, delay: [100, 100, 100] })
    .toBuffer();
};

/** Rewrites a PNG's IHDR width and height (and its CRC) without touching the pixel data. */
const withPngSize = (png: Buffer, width: number, height: number): Buffer => {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
};

export const images = {
  /** sharp create + composite: four coloured 100×50 quadrants, PNG. */
  quadrantsPng: () => quadrants().png().toBuffer(),
  /** The quadrants as JPEG (quality 90). */
  quadrantsJpeg: () => quadrants().jpeg({ quality: 90 }).toBuffer(),
  /** The quadrants as WebP (quality 90). */
  quadrantsWebp: () => quadrants().webp({ quality: 90 }).toBuffer(),
  /** The quadrants stored as a 200×100 JPEG with EXIF orientation 6: shown 100×200. */
  exifRotatedJpeg: async () =>
    sharp(await quadrants().png().toBuffer())
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer(),
  /** 64×64 RGBA: opaque red left half, fully transparent right half. */
  transparentPng: () =>
    sharp({ create: { width: 64, height: 64, channels: 4, background: { ...RED, alpha: 0 } } })
      .composite([
        {
          input: {
            create: { width: 32, height: 64, channels: 4, background: { ...RED, alpha: 1 } },
          },
          left: 0,
          top: 0,
        },
      ])
      .png()
      .toBuffer(),
  /** 3 frames of 40×30, 100 ms each, looping. */
  animatedGif,
  /** 4000×3000 (12 megapixels) smooth gradient-like JPEG: a phone photo's size. */
  largeJpeg: () =>
    sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#4a7ab0' } })
      .jpeg({ quality: 80 })
      .toBuffer(),
  /** 1600×1200 Gaussian noise, JPEG quality 90 (~1.6 MB; as PNG ~5.6 MB: noise barely compresses). */
  noiseJpeg: () =>
    sharp({
      create: {
        width: 1600,
        height: 1200,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer(),
  /** The quadrants PNG with its header rewritten to 100000×100000: a decompression bomb. */
  bombPng: async () => withPngSize(await quadrants().png().toBuffer(), 100_000, 100_000),
  /** A PNG cut after 60% of its bytes: the right magic bytes, but it does not decode. */
  truncatedPng: async () => {
    const png = await quadrants().png().toBuffer();
    return png.subarray(0, Math.floor(png.length * 0.6));
  },
} satisfies Record<string, () => Promise<Buffer>>;

export type ImageName = keyof typeof images;

const made = new Map<ImageName, Promise<Buffer>>();

/** The image's bytes, made once per check file. */
export const image = (name: ImageName): Promise<Buffer> => {
  let bytes = made.get(name);
  if (bytes === undefined) {
    bytes = images[name]();
    made.set(name, bytes);
  }
  return bytes;
};

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
