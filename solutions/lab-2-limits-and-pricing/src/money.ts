// This file is provided: you do not need to change it.
// Exact decimal money for the lab. JavaScript numbers are binary floating point:
// 0.1 + 0.2 is 0.30000000000000004, and a price such as $0.0000166667 per GB-second
// cannot be stored exactly. A Decimal keeps an integer (BigInt) and a scale instead.

/** An exact, non-rounding decimal number such as 0.0000166667. */
export class Decimal {
  private constructor(
    /** The digits as an integer: 0.0125 is units 125, scale 4. */
    readonly units: bigint,
    /** How many digits are after the decimal point. */
    readonly scale: number,
  ) {}

  /** Makes a Decimal from a decimal string ('0.20', '-3.5') or an integer number (3_000_000). */
  static of(value: string | number | bigint | Decimal): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) {
        throw new RangeError(
          `Expected an integer number or a decimal string for Decimal.of but received ${value}; pass prices as strings such as '0.0000166667'`,
        );
      }
      return new Decimal(BigInt(value), 0);
    }
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
    if (!match)
      throw new RangeError(`Expected a decimal string such as '0.20' but received '${value}'`);
    const fraction = match[3] ?? '';
    return new Decimal(BigInt(`${match[1]}${match[2]}${fraction}`), fraction.length);
  }

  static readonly ZERO = new Decimal(0n, 0);

  plus(other: string | number | Decimal): Decimal {
    const [a, b, scale] = align(this, Decimal.of(other));
    return new Decimal(a + b, scale);
  }

  minus(other: string | number | Decimal): Decimal {
    const [a, b, scale] = align(this, Decimal.of(other));
    return new Decimal(a - b, scale);
  }

  times(other: string | number | Decimal): Decimal {
    const o = Decimal.of(other);
    return new Decimal(this.units * o.units, this.scale + o.scale);
  }

  /**
   * Divides exactly by a positive integer whose only prime factors are 2 and 5
   * (1000, 1024, 1_000_000, ...), so the result always has a finite decimal form.
   */
  dividedBy(divisor: number): Decimal {
    if (!Number.isSafeInteger(divisor) || divisor <= 0) {
      throw new RangeError(`Expected a positive integer divisor but received ${divisor}`);
    }
    let units = this.units;
    let scale = this.scale;
    const d = BigInt(divisor);
    for (let i = 0; units % d !== 0n; i++) {
      if (i > 60)
        throw new RangeError(`${divisor} does not divide to a finite decimal; use 2s and 5s only`);
      units *= 10n;
      scale += 1;
    }
    return new Decimal(units / d, scale);
  }

  compare(other: string | number | Decimal): -1 | 0 | 1 {
    const [a, b] = align(this, Decimal.of(other));
    return a < b ? -1 : a > b ? 1 : 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  /** The larger of this and other. */
  max(other: string | number | Decimal): Decimal {
    const o = Decimal.of(other);
    return this.compare(o) >= 0 ? this : o;
  }

  /** The smaller of this and other. */
  min(other: string | number | Decimal): Decimal {
    const o = Decimal.of(other);
    return this.compare(o) <= 0 ? this : o;
  }

  /** Rounds half away from zero to `digits` decimal places, e.g. dollars to cents with 2. */
  round(digits: number): Decimal {
    if (this.scale <= digits) return this;
    const factor = 10n ** BigInt(this.scale - digits);
    const half = factor / 2n;
    const units =
      this.units >= 0n ? (this.units + half) / factor : -((-this.units + half) / factor);
    return new Decimal(units, digits);
  }

  /** Canonical text without trailing zeros: '25.005', '0.4', '0'. */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    let text =
      this.scale === 0 ? digits : `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    if (this.scale > 0) text = text.replace(/0+$/, '').replace(/\.$/, '');
    return negative && text !== '0' ? `-${text}` : text;
  }
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

/** Shorthand for Decimal.of. */
export const dec = (value: string | number | bigint | Decimal): Decimal => Decimal.of(value);
