/**
 * Exact decimal numbers for money math: `units / 10^scale` with a BigInt `units`.
 * Prices come from lambda-facts as decimal strings ('0.0000166667'); doing the sums
 * here keeps results such as 25.00005 exact instead of 25.000049999999998.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_SCALE = 40;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function normalize(units: bigint, scale: number): Decimal {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  return { units: u, scale: s };
}

/** Reads a decimal string such as '0.20' or '-12.5'. */
export function dec(text: string): Decimal {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`Expected a decimal number such as '0.20' but received '${text}'`);
  const [, sign = '', whole = '0', fraction = ''] = m;
  return normalize(BigInt(`${sign}${whole}${fraction}`), fraction.length);
}

/** An integer (a count of requests, milliseconds, megabytes, ...). */
export function int(n: number): Decimal {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Expected a safe integer but received ${n}`);
  return { units: BigInt(n), scale: 0 };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize(x + y, scale);
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize(x - y, scale);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize(a.units * b.units, a.scale + b.scale);
}

/** `a / divisor`, only when the result has a finite decimal expansion (divisor = 2^i·5^j·k with k | a). */
export function divExact(a: Decimal, divisor: bigint): Decimal {
  if (divisor <= 0n) throw new RangeError(`Expected a positive divisor but received ${divisor}`);
  for (let extra = 0; a.scale + extra <= MAX_SCALE; extra++) {
    const scaled = a.units * pow10(extra);
    if (scaled % divisor === 0n) return normalize(scaled / divisor, a.scale + extra);
  }
  throw new RangeError(`${toPlainString(a)} / ${divisor} has no exact decimal value`);
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const min = (a: Decimal, b: Decimal): Decimal => (compare(a, b) <= 0 ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (compare(a, b) >= 0 ? a : b);
export const isZero = (a: Decimal): boolean => a.units === 0n;
export const ZERO: Decimal = { units: 0n, scale: 0 };

/** Rounds half away from zero to `digits` decimal places, as invoices do. */
export function round(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a;
  const factor = pow10(a.scale - digits);
  const negative = a.units < 0n;
  const abs = negative ? -a.units : a.units;
  let q = abs / factor;
  if ((abs % factor) * 2n >= factor) q += 1n;
  return normalize(negative ? -q : q, digits);
}

/** The exact value as a plain string ('25.00005'), never in exponent notation. */
export function toPlainString(a: Decimal): string {
  return toFixed(a, a.scale);
}

/** The value rounded (half away from zero) and written with exactly `digits` decimals. */
export function toFixed(a: Decimal, digits: number): string {
  const r = round(a, digits);
  const units = r.units * pow10(digits - r.scale);
  const negative = units < 0n;
  const digitsText = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = digitsText.slice(0, digitsText.length - digits);
  const fraction = digits > 0 ? `.${digitsText.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
