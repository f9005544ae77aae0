import { InvalidOrderError } from './errors.ts';

/** One order, as the shop sends it in the body of an SQS message. */
export interface Order {
  orderId: string;
  /** In won, a whole positive number. */
  amount: number;
}

/** Reads the order in a message body (a JSON string), or throws InvalidOrderError. */
export function parseOrder(body: string): Order {
  // TODO: a body may not be JSON at all, or hold an amount that is not a whole number above 0.
  //       Throw InvalidOrderError for both, instead of trusting what JSON.parse gives back.
  void InvalidOrderError;
  return JSON.parse(body) as Order;
}
