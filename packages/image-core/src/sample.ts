// The sample image: a rose of our own drawing, 70×46 like the original service's sample
// (ImageMagick's built-in "rose:"), with a small lambda in the corner. SAMPLE_SVG is the
// source; scripts/render-sample.ts renders it once into assets/sample.png and
// src/sample-png.ts, so the shipped bytes never change with the renderer's version.

import sharp from 'sharp';
import { decodeBase64 } from './base64.ts';
import { convert } from './convert.ts';
import type { OutputFormat } from './formats.ts';
import type { ImageResult } from './output.ts';
import { SAMPLE_PNG_BASE64 } from './sample-png.ts';

export const SAMPLE_WIDTH = 70;
export const SAMPLE_HEIGHT = 46;

export const SAMPLE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="70" height="46" viewBox="0 0 70 46">
  <rect width="70" height="46" fill="#f3eddc"/>
  <path d="M35 45 C34 37 36 31 35 24" stroke="#3d7a38" stroke-width="2.2" fill="none" stroke-linecap="round"/>
  <path d="M35 37 C28 36 24 32 21 27 C28 27 33 30 35 37 Z" fill="#5b9f4c"/>
  <path d="M35 33 C41 32 45 28 48 24 C41 24 37 27 35 33 Z" fill="#4a8c3f"/>
  <circle cx="35" cy="14" r="11" fill="#a30f35"/>
  <ellipse cx="27.5" cy="15.5" rx="7" ry="8" fill="#c42248"/>
  <ellipse cx="42.5" cy="15.5" rx="7" ry="8" fill="#c42248"/>
  <ellipse cx="35" cy="20" rx="9.5" ry="6" fill="#d8405f"/>
  <path d="M35 8 C40 8 42.5 12 40.5 15.5 C38.5 18.5 33 18 32.8 14.6 C32.6 12.4 34.8 11.4 36.6 13"
    stroke="#6e0822" stroke-width="1.4" fill="none" stroke-linecap="round"/>
  <path d="M56 41 L61.5 29 L58.5 29 M60 32.5 L65 41" stroke="#e8891d" stroke-width="2"
    fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

/** Renders SAMPLE_SVG to PNG with the current sharp (what the committed sample was made from). */
export const renderSample = (): Promise<Buffer> =>
  sharp(Buffer.from(SAMPLE_SVG)).removeAlpha().png({ compressionLevel: 9 }).toBuffer();

/** The committed sample as PNG bytes. */
export const samplePng = (): Buffer => decodeBase64(SAMPLE_PNG_BASE64, 'SAMPLE_PNG_BASE64');

/** The sample in `format` (PNG by default, as the original's getSample). */
export const getSample = async (format: OutputFormat | string = 'png'): Promise<ImageResult> =>
  convert(samplePng(), { format });
