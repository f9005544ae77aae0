// One-line predicates, in the manner of sharp's lib/is.js.

export const defined = (value: unknown): boolean => value !== undefined && value !== null;

export const plainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

export const string = (value: unknown): value is string => typeof value === 'string';

export const bool = (value: unknown): value is boolean => typeof value === 'boolean';

export const number = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const integer = (value: unknown): value is number => Number.isInteger(value);

export const inRange = (value: number, min: number, max: number): boolean =>
  value >= min && value <= max;

export const inArray = <T>(value: unknown, list: readonly T[]): value is T =>
  list.includes(value as T);
