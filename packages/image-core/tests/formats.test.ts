import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatForAccept, formatFromName, OUTPUT_FORMATS, sniffFormat } from '../src/formats.ts';

const tiny = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } });

describe('sniffFormat', () => {
  it.each(OUTPUT_FORMATS)('recognises %s from its magic bytes', async (format) => {
    const bytes = await tiny().toFormat(format).toBuffer();
    expect(sniffFormat(bytes)).toBe(format);
  });

  it('recognises big-endian TIFF', () => {
    expect(sniffFormat(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
  });

  it('does not take HEIC (same box, other brand) for AVIF', () => {
    const heic = Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1');
    expect(sniffFormat(heic)).toBeUndefined();
  });

  it('returns undefined for SVG, text, and too few bytes', () => {
    expect(sniffFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffFormat(Buffer.from('hello'))).toBeUndefined();
    expect(sniffFormat(Buffer.from([0xff, 0xd8]))).toBeUndefined();
    expect(sniffFormat(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('formatFromName', () => {
  it('accepts extensions in any case, with or without a dot', () => {
    expect(formatFromName('JPG')).toBe('jpeg');
    expect(formatFromName('.tif')).toBe('tiff');
    expect(formatFromName('webp')).toBe('webp');
  });

  it('returns undefined for formats it does not write', () => {
    expect(formatFromName('svg')).toBeUndefined();
    expect(formatFromName('')).toBeUndefined();
  });
});

describe('formatForAccept', () => {
  it('picks WebP when the Accept header names it', () => {
    const chrome = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
    expect(formatForAccept(chrome, 'jpeg')).toBe('webp');
    expect(formatForAccept('image/WebP;q=0.5', 'png')).toBe('webp');
  });

  it('keeps the fallback for wildcards, q=0 or no header', () => {
    expect(formatForAccept('*/*', 'jpeg')).toBe('jpeg');
    expect(formatForAccept('image/*', 'png')).toBe('png');
    expect(formatForAccept('image/webp;q=0', 'png')).toBe('png');
    expect(formatForAccept(undefined, 'gif')).toBe('gif');
  });
});
