/** At most `limit` events per key in each window of `windowMs` (fixed windows, in memory). */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Counts one event; returns 0 when allowed, else the seconds until the window resets. */
  take(key: string): number {
    const now = this.now();
    let entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.#hits.size > 10_000) this.#sweep(now);
      entry = { count: 0, resetAt: now + this.windowMs };
      this.#hits.set(key, entry);
    }
    entry.count++;
    return entry.count <= this.limit ? 0 : Math.ceil((entry.resetAt - now) / 1000);
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#hits) if (entry.resetAt <= now) this.#hits.delete(key);
  }
}
