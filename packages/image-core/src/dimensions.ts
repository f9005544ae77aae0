// Width and height, and the original service's text form "70x46\n".

import { identify } from './identify.ts';
import type { ImageInput } from './input.ts';
import type { Limits } from './limits.ts';

export interface Dimensions {
  width: number;
  height: number;
}

/** Width and height as displayed (EXIF orientation applied; one frame of an animation). */
export const getDimensions = async (
  input: ImageInput,
  limits: Partial<Limits> = {},
): Promise<Dimensions> => {
  const { width, height } = await identify(input, limits);
  return { width, height };
};

/** "WIDTHxHEIGHT\n", as ImageMagick 6.7 printed it for the original getDimensions. */
export const formatDimensions = ({ width, height }: Dimensions): string => `${width}x${height}\n`;
