import { ValidationError } from './errors.ts';

/**
 * Collects the constraint violations of one request and throws them together
 * as AWS does: "2 validation errors detected: Value '1000' at 'timeout' failed
 * to satisfy constraint: ...; Value ...".
 */
export class Violations {
  readonly #messages: string[] = [];

  add(value: unknown, field: string, constraint: string): void {
    const shown = value === null || value === undefined ? 'null' : `'${String(value)}'`;
    this.#messages.push(`Value ${shown} at '${field}' failed to satisfy constraint: ${constraint}`);
  }

  /** Checks an integer range with AWS's wording for the bound it breaks. */
  range(value: number, field: string, min: number, max: number): void {
    if (value < min)
      this.add(value, field, `Member must have value greater than or equal to ${min}`);
    else if (value > max)
      this.add(value, field, `Member must have value less than or equal to ${max}`);
  }

  pattern(value: string, field: string, pattern: RegExp, shown: string): void {
    if (!pattern.test(value)) {
      this.add(value, field, `Member must satisfy regular expression pattern: ${shown}`);
    }
  }

  throwIfAny(): void {
    const n = this.#messages.length;
    if (n === 0) return;
    throw new ValidationError(
      `${n} validation error${n === 1 ? '' : 's'} detected: ${this.#messages.join('; ')}`,
    );
  }
}
