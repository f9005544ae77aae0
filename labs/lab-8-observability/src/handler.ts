import type { Context } from 'aws-lambda';
import { type CheckoutEvent, priceCart } from './cart.ts';

/** Prices a cart, and tells CloudWatch what happened. */
export const handler = async (event: CheckoutEvent, context: Context) => {
  // TODO: put the invocation's context (request id, cold start) in every log line.
  // TODO: count a cold start, once per execution environment.
  void context;
  try {
    const { total, itemCount } = priceCart(event);
    // TODO: plain text cannot be queried. Log with the logger, each value under its own key,
    //       and write the metrics OrdersPlaced and ItemsSold.
    console.log(`checkout ${event.cartId}: ${itemCount} items, total ${total} won`);
    return { cartId: event.cartId, total };
  } catch (error) {
    // TODO: log the error at the ERROR level, count CheckoutFailed, and let the invocation fail.
    console.log(`checkout ${event?.cartId} failed: ${String(error)}`);
    return { cartId: event?.cartId, error: String(error) };
  }
};
