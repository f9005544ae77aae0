import type { LogStore } from './log-store.ts';

/** `/aws/lambda/<function name>`, the log group Lambda writes a function's logs to. */
export function logGroupName(functionName: string): string {
  return `/aws/lambda/${functionName}`;
}

/**
 * A log stream's name as Lambda makes it, one per execution environment:
 * `2026/12/01/[$LATEST]0123456789abcdef0123456789abcdef`.
 */
export function logStreamName(version: string, environmentId: string, at = new Date()): string {
  const day = at.toISOString().slice(0, 10).replaceAll('-', '/');
  return `${day}/[${version}]${environmentId.replaceAll('-', '')}`;
}

/**
 * Writes what one execution environment prints into its log stream, one
 * event per line as Lambda does with a runtime's stdout and stderr (the Node.js
 * runtime writes each console call as one line). A line longer than
 * `maxEventBytes` is cut into several events; a half line waits for its end.
 */
export class LogStreamWriter {
  readonly group: string;
  readonly stream: string;
  readonly #store: LogStore;
  readonly #maxEventChars: number;
  #partial = '';

  constructor(store: LogStore, group: string, stream: string, maxEventBytes: number) {
    this.#store = store;
    this.group = group;
    this.stream = stream;
    // A UTF-16 character is at most 3 UTF-8 bytes here (4-byte ones are 2 characters).
    this.#maxEventChars = Math.floor(maxEventBytes / 3);
  }

  /** Output of the runtime, in any chunks. */
  write(text: string): void {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      this.#emit(this.#partial + text.slice(start, end + 1));
      this.#partial = '';
      start = end + 1;
    }
    this.#partial += text.slice(start);
    while (this.#partial.length > this.#maxEventChars) {
      this.#emit(this.#partial.slice(0, this.#maxEventChars));
      this.#partial = this.#partial.slice(this.#maxEventChars);
    }
  }

  /** A line of Lambda's own (START, END, REPORT …): ends any half line first. */
  line(text: string): void {
    this.flush();
    this.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  flush(): void {
    if (this.#partial.length > 0) this.#emit(this.#partial);
    this.#partial = '';
  }

  #emit(message: string): void {
    for (let i = 0; i < message.length; i += this.#maxEventChars) {
      this.#store.put(this.group, this.stream, message.slice(i, i + this.#maxEventChars));
    }
  }
}
