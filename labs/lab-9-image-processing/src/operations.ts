// The original service's operations, each one call into image-core. Both doors of the service
// (direct invocation and the HTTP API) build an OperationRequest and call runOperation.

import type { ImageInfo, ImageResult, Limits } from '@lambda-dojo/image-core';

export const OPERATIONS = [
  'ping',
  'getSample',
  'getDimensions',
  'identify',
  'resize',
  'thumbnail',
  'convert',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One request to the service, whichever door it came through. */
export interface OperationRequest {
  operation: unknown;
  /** The image: base64 text (direct invocation) or bytes (HTTP). */
  image?: string | Uint8Array | undefined;
  /** Output format (png, jpg, webp...); each operation has its default. */
  format?: string | undefined;
  width?: unknown;
  height?: unknown;
  quality?: unknown;
  withoutEnlargement?: unknown;
  /** convert's edits: grayscale, rotate, flip, flop, blur, sharpen, stripMetadata. */
  edits?: Record<string, unknown> | undefined;
  limits?: Partial<Limits>;
}

/** What an operation answers: text, an object, or an image. */
export type OperationResult =
  | { kind: 'text'; text: string }
  | { kind: 'info'; info: ImageInfo }
  | { kind: 'image'; image: ImageResult };

export const isOperation = (value: unknown): value is Operation =>
  typeof value === 'string' && (OPERATIONS as readonly string[]).includes(value);

/** convert writes PNG unless told otherwise, as the original's outputExtension did. */
export const CONVERT_DEFAULT_FORMAT = 'png';

/** Options image-core should see only when they were given (it checks every key it gets). */
export const given = (options: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));

export async function runOperation(request: OperationRequest): Promise<OperationResult> {
  const { operation } = request;
  // TODO: an unknown or missing operation fails first, in the original's words:
  //       throw new UnrecognizedOperationError(operation) (from './errors.ts') unless
  //       isOperation(operation).

  if (operation === 'ping') return { kind: 'text', text: 'pong' };

  // TODO: getSample → { kind: 'image', image: await getSample(format) } with image-core's
  //       getSample; the format is request.format, or 'png' when there is none.

  // TODO: every other operation needs request.image. When it is missing (undefined or ''),
  //       throw missingImageError(operation) from './errors.ts'.

  // TODO: one image-core call per operation, passing request.limits as the last argument:
  //       - getDimensions → text: formatDimensions(await getDimensions(image, limits)) ("70x46\n")
  //       - identify → { kind: 'info', info: await identify(image, limits) }
  //       - resize and thumbnail (the same operation) → resize(image, options, limits), with
  //         options = given({ width, height, quality, withoutEnlargement, format })
  //       - convert → convert(image, options, limits), with options =
  //         given({ quality, ...edits, format: format ?? CONVERT_DEFAULT_FORMAT })
  throw new Error(`The ${String(operation)} operation is not written yet`);
}
