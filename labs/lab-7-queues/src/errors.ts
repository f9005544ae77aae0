// This file is provided: you do not need to change it.

/** A message whose body is not an order this function can take. Retrying it will not help. */
export class InvalidOrderError extends Error {
  override name = 'InvalidOrderError';
}
