import { FactNotFoundError } from './errors.ts';
import { eventSources } from './event-sources.ts';
import { features, integrations } from './features.ts';
import { limits } from './limits.ts';
import { pricing } from './pricing.ts';
import { runtimes } from './runtimes.ts';
import { scaling } from './scaling.ts';
import type { Fact } from './types.ts';

/** Every fact, grouped; a dotted path into this tree names one fact. */
export const facts = { limits, pricing, runtimes, scaling, features, integrations, eventSources };

/** True when `node` has the shape of a fact (as opposed to a group of facts). */
export function isFact(node: unknown): node is Fact {
  return (
    typeof node === 'object' &&
    node !== null &&
    'value' in node &&
    'unit' in node &&
    'asOf' in node &&
    'source' in node
  );
}

/** Every fact with its dotted path, in tree order; for schema tests and tables. */
export function allFacts(): { path: string; fact: Fact }[] {
  const out: { path: string; fact: Fact }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (isFact(node)) {
      out.push({ path, fact: node });
      return;
    }
    if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(facts, '');
  return out;
}

/** The fact at a dotted path such as `'limits.timeout.max'`; throws FactNotFoundError with suggestions. */
export function getFact(path: string): Fact {
  let node: unknown = facts;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) {
      node = undefined;
      break;
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (isFact(node)) return node;
  throw new FactNotFoundError(path, suggestPaths(path));
}

function suggestPaths(path: string): string[] {
  const paths = allFacts().map((f) => f.path);
  const underPrefix = paths.filter((p) => p.startsWith(`${path}.`));
  if (underPrefix.length > 0) return underPrefix.slice(0, 5);
  return paths
    .map((p) => ({ p, d: editDistance(p, path) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(path.length / 5)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ p }) => p);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
