export { base64Length, decodeBase64, encodeBase64, maxBytesForBase64 } from './base64.ts';
export { CONVERT_OPTIONS, type ConvertOptions, convert } from './convert.ts';
export { type Dimensions, formatDimensions, getDimensions } from './dimensions.ts';
export {
  type BilingualMessage,
  HTTP_STATUS_BY_CODE,
  httpStatusFor,
  ImageCoreError,
  type ImageCoreErrorCode,
  InputTooLargeError,
  InvalidBase64Error,
  InvalidOptionError,
  isImageCoreError,
  type Locale,
  OutputTooLargeError,
  ProcessingTimeoutError,
  TooManyPixelsError,
  UnreadableImageError,
  UnsupportedFormatError,
} from './errors.ts';
export {
  formatForAccept,
  formatFromName,
  type InputFormat,
  MIME_TYPES,
  OUTPUT_FORMATS,
  type OutputFormat,
  sniffFormat,
} from './formats.ts';
export { type ImageInfo, identify } from './identify.ts';
export { checkInput, type ImageInput } from './input.ts';
export { DEFAULT_MAX_INPUT_PIXELS, defaultLimits, type Limits, resolveLimits } from './limits.ts';
export { MAX_DIMENSION } from './options.ts';
export { type ImageResult, resultToBase64 } from './output.ts';
export {
  DEFAULT_RESIZE_WIDTH,
  RESIZE_OPTIONS,
  type ResizeOptions,
  resize,
  thumbnail,
} from './resize.ts';
export { getSample, SAMPLE_HEIGHT, SAMPLE_SVG, SAMPLE_WIDTH, samplePng } from './sample.ts';
