// This file is provided: you do not need to change it.

/** A cart the checkout cannot price: no items, or an item without a price or quantity. */
export class InvalidCartError extends Error {
  override name = 'InvalidCartError';
}
