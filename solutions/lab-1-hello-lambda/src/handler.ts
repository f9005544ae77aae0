import type { Context } from 'aws-lambda';
import { recordGreeting } from './audit.ts';

/** The console's "Hello World" test event, optionally with a `name`. */
export interface HelloEvent {
  name?: unknown;
  [key: string]: unknown;
}

export interface HelloResponse {
  statusCode: number;
  body: string;
}

export const handler = async (event: HelloEvent, _context?: Context): Promise<HelloResponse> => {
  // Solution: one line of JSON per event, which CloudWatch Logs can search.
  console.log(JSON.stringify(event));

  // Solution: only a non-empty string counts as a name; anything else gets the default.
  const name = typeof event.name === 'string' ? event.name.trim() : '';
  const greeting = name ? `Hello, ${name}!` : 'Hello from Lambda!';

  // Solution: await, so the record is stored before Lambda freezes the environment.
  await recordGreeting(name || 'Lambda');

  // Solution: API-style responses carry a string body; JSON.stringify makes it valid JSON.
  return { statusCode: 200, body: JSON.stringify(greeting) };
};
