import { InvalidOrderError } from './errors.ts';

/** One order, as the shop sends it in the body of an SQS message. */
export interface Order {
  orderId: string;
  /** In won, a whole positive number. */
  amount: number;
}

/**
 * Reads the order in a message body (a JSON string), or throws InvalidOrderError.
 * SOLUTION: the body is text; JSON.parse can throw, and what it gives back is checked
 * field by field before the function trusts it.
 */
export function parseOrder(body: string): Order {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new InvalidOrderError(`The message body is not JSON: ${body.slice(0, 40)}`, {
      cause: error,
    });
  }
  if (typeof data !== 'object' || data === null) {
    throw new InvalidOrderError('The message body is not a JSON object');
  }
  const { orderId, amount } = data as Record<string, unknown>;
  if (typeof orderId !== 'string' || orderId.length === 0) {
    throw new InvalidOrderError('The order has no orderId');
  }
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
    throw new InvalidOrderError(`The amount of ${orderId} is not a whole positive number`);
  }
  return { orderId, amount };
}
