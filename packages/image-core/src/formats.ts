// The formats image-core reads and writes, their MIME types, and sniffing by magic bytes.

export const OUTPUT_FORMATS = ['png', 'jpeg', 'webp', 'avif', 'gif', 'tiff'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Inputs are the output formats: nothing else (SVG, PDF, HEIC...) reaches the decoder. */
export type InputFormat = OutputFormat;

export const MIME_TYPES: Readonly<Record<OutputFormat, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  tiff: 'image/tiff',
};

/** File-name spellings accepted for a format, as in the original's `outputExtension`. */
const ALIASES: Readonly<Record<string, OutputFormat>> = {
  png: 'png',
  jpeg: 'jpeg',
  jpg: 'jpeg',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  tiff: 'tiff',
  tif: 'tiff',
};

export const formatFromName = (name: string): OutputFormat | undefined =>
  ALIASES[name.trim().toLowerCase().replace(/^\./, '')];

export const ANIMATED_FORMATS: readonly OutputFormat[] = ['gif', 'webp'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** AVIF is an ISO-BMFF file: a `ftyp` box first, whose brands include avif or avis. */
const isAvif = (bytes: Uint8Array): boolean => {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxEnd = Math.min(bytes.length, view.getUint32(0));
  // major_brand at 8, minor_version at 12, compatible brands from 16
  for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
    if (startsWith(bytes, ascii('avif'), at) || startsWith(bytes, ascii('avis'), at)) return true;
  }
  return false;
};

/** The format named by the first bytes, or undefined when none of ours matches. */
export const sniffFormat = (bytes: Uint8Array): InputFormat | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }
  if (isAvif(bytes)) return 'avif';
  return undefined;
};

/** q of an Accept entry such as `image/webp;q=0.8` (1 when absent). */
const qualityOf = (parameters: string[]): number => {
  const q = parameters.find((p) => p.trim().toLowerCase().startsWith('q='));
  const value = q === undefined ? 1 : Number(q.trim().slice(2));
  return Number.isFinite(value) ? value : 0;
};

/**
 * WebP when an HTTP Accept header names `image/webp` with q > 0 (as browsers that decode it
 * do), otherwise `fallback`. Wildcards are not enough: clients without WebP send them too.
 * This is the Serverless Image Handler's "auto WebP".
 */
export const formatForAccept = (
  accept: string | undefined,
  fallback: OutputFormat,
): OutputFormat => {
  for (const entry of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = entry.split(';');
    if (type.trim().toLowerCase() === 'image/webp' && qualityOf(parameters) > 0) return 'webp';
  }
  return fallback;
};
