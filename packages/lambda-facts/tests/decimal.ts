/** Exact decimal arithmetic for the tests, on BigInt with a scale (digits after the point). */
export interface Dec {
  units: bigint;
  scale: number;
}

export function dec(text: string | number): Dec {
  const s = String(text);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`Expected a non-negative decimal but received '${s}'`);
  const frac = m[2] ?? '';
  return { units: BigInt(`${m[1]}${frac}`), scale: frac.length };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

export const add = (a: Dec, b: Dec): Dec => {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
};

export const sub = (a: Dec, b: Dec): Dec => {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
};

export const mul = (a: Dec, b: Dec): Dec => ({
  units: a.units * b.units,
  scale: a.scale + b.scale,
});

/** Divides by an integer when the result is exact (e.g. MB → GB with 1024). */
export const divExact = (a: Dec, by: bigint): Dec => {
  let { units, scale } = a;
  while (units % by !== 0n) {
    units *= 10n;
    scale += 1;
    if (scale > 40) throw new Error('division is not exact');
  }
  return { units: units / by, scale };
};

export const max0 = (a: Dec): Dec => (a.units < 0n ? { units: 0n, scale: a.scale } : a);

/** Rounds half up to `digits` decimal places. */
export function round(a: Dec, digits: number): Dec {
  if (a.scale <= digits) return a;
  const factor = 10n ** BigInt(a.scale - digits);
  return { units: (a.units + factor / 2n) / factor, scale: digits };
}

/** Canonical text without trailing zeros: '25.0050' → '25.005', '0.60' → '0.6'. */
export function str(a: Dec): string {
  const digits = a.units.toString().padStart(a.scale + 1, '0');
  if (a.scale === 0) return digits;
  const text = `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
  return text.replace(/\.?0+$/, '');
}
