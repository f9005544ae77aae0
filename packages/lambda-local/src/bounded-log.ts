/**
 * The log of one invocation, kept to a bounded size: its first and last
 * halves of `maxChars`, with a line saying how much was left out between them.
 * A function that prints hundreds of megabytes cannot exhaust the service.
 */
export class BoundedLog {
  readonly #half: number;
  #head = '';
  #tail: string[] = [];
  #tailLength = 0;
  #dropped = 0;

  constructor(maxChars: number) {
    this.#half = Math.floor(maxChars / 2);
  }

  append(text: string): void {
    if (this.#head.length < this.#half) {
      const room = this.#half - this.#head.length;
      this.#head += text.slice(0, room);
      text = text.slice(room);
      if (text.length === 0) return;
    }
    this.#tail.push(text);
    this.#tailLength += text.length;
    while (this.#tailLength > this.#half && this.#tail.length > 0) {
      const first = this.#tail[0] as string;
      const over = this.#tailLength - this.#half;
      if (first.length <= over) {
        this.#tail.shift();
        this.#tailLength -= first.length;
        this.#dropped += first.length;
      } else {
        this.#tail[0] = first.slice(over);
        this.#tailLength -= over;
        this.#dropped += over;
      }
    }
  }

  toString(): string {
    const gap =
      this.#dropped > 0
        ? `\n[lambda-local: ${this.#dropped} characters of log left out here]\n`
        : '';
    return `${this.#head}${gap}${this.#tail.join('')}`;
  }
}
