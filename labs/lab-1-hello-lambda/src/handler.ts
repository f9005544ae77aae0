import type { Callback, Context } from 'aws-lambda';

/** The console's "Hello World" test event, optionally with a `name`. */
export interface HelloEvent {
  name?: unknown;
  [key: string]: unknown;
}

export interface HelloResponse {
  statusCode: number;
  body: string;
}

// TODO: this is the callback style of the 2018 console blueprint, which the nodejs24.x
//       runtime refuses: a handler with three or more parameters fails INIT with
//       Runtime.CallbackHandlerDeprecated. The runtime calls handler(event, context) and
//       waits for the Promise it returns. Make the handler an `async` function that returns
//       the response, and drop the callback parameter.
export const handler = (
  event: HelloEvent,
  _context?: Context,
  callback?: Callback<HelloResponse>,
): void => {
  // TODO: log the event you received as JSON (console.log + JSON.stringify),
  //       so you can read it in CloudWatch Logs.

  // TODO: when the event carries a non-empty `name` string, greet that name:
  //       "Hello, <name>!" (trim the spaces around it). Otherwise "Hello from Lambda!".

  // TODO: record the greeting with `recordGreeting(...)` from './audit.ts'
  //       (pass the name, or "Lambda" when there is none) and wait until it is stored.

  // TODO: the body must be the greeting encoded as JSON (JSON.stringify),
  //       exactly as the console's Hello World blueprint returns it.
  callback?.(null, { statusCode: 200, body: 'Hello from Lambda!' });
};
