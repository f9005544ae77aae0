/** What the parity test compares between a Korean doc and its English counterpart. */

export interface Heading {
  level: number;
  /** The explicit `{#id}`, or null. */
  id: string | null;
  text: string;
}

const FENCE = /^\s*(```|~~~)/;

/** The doc without its front matter and without fenced code blocks (headings only). */
function proseLines(source: string): string[] {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const m = FENCE.exec(line);
    if (m) {
      if (fence === null) fence = m[1] ?? null;
      else if (m[1] === fence) fence = null;
      continue;
    }
    if (fence === null) out.push(line);
  }
  return out;
}

export function headings(source: string): Heading[] {
  return proseLines(source)
    .map((line) => /^(#{1,6})\s+(.*?)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const text = m[2] ?? '';
      const id = /\{#([^}]+)\}\s*$/.exec(text)?.[1] ?? null;
      return { level: (m[1] ?? '').length, id, text };
    });
}

/** `id` from the front matter. */
export function frontMatterId(source: string): string | null {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  return /^id:\s*(.+?)\s*$/m.exec(fm)?.[1]?.replace(/^['"]|['"]$/g, '') ?? null;
}

/**
 * Every number in the doc, normalised: grouping commas removed ("3,000,000" → "3000000"),
 * leading zeros dropped ("01" → "1"), decimals kept exactly ("0.0000166667").
 */
export function numbers(source: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const [whole = '', fraction] = m[0].replaceAll(',', '').split('.');
    const w = whole.replace(/^0+(?=\d)/, '');
    found.add(fraction === undefined ? w : `${w}.${fraction}`);
  }
  return found;
}

export function describeHeading(h: Heading): string {
  return `level ${h.level}, ${h.id ? `id "${h.id}"` : 'no id'} ("${h.text}")`;
}
