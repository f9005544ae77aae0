// This file is provided: you do not need to change it.
import { InvalidCartError } from './errors.ts';

export interface CartItem {
  sku: string;
  /** In won. */
  price: number;
  quantity: number;
}

export interface CheckoutEvent {
  cartId: string;
  items: CartItem[];
}

/** The cart's total in won and how many items it holds; throws InvalidCartError. */
export function priceCart(event: CheckoutEvent): { total: number; itemCount: number } {
  if (!Array.isArray(event?.items) || event.items.length === 0) {
    throw new InvalidCartError(`Cart ${String(event?.cartId)} has no items`);
  }
  let total = 0;
  let itemCount = 0;
  for (const item of event.items) {
    if (!Number.isInteger(item?.price) || item.price < 0) {
      throw new InvalidCartError(`Item ${String(item?.sku)} has no valid price`);
    }
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw new InvalidCartError(`Item ${item.sku} has no valid quantity`);
    }
    total += item.price * item.quantity;
    itemCount += item.quantity;
  }
  return { total, itemCount };
}
