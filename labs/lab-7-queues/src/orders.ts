import { InvalidOrderError } from './errors.ts';

/** One order, as the shop sends it in the body of an SQS message. */
export interface Order {
  orderId: string;
  /** In won, a whole positive number. */
  amount: number;
}

/** Reads the order in a message body (a JSON string), or throws InvalidOrderError. */
export function parseOrder(body: string): Order {
  // TODO: a body may not be JSON at all, not a JSON object, have no orderId (a non-empty
  //       string), or hold an amount that is not a whole number above 0. Throw InvalidOrderError
  //       for each, with a message that says what is wrong, instead of trusting JSON.parse.
  void InvalidOrderError;
  return JSON.parse(body) as Order;
}
