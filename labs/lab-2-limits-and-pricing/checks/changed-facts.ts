// Lab 2 asks for every limit to come from lambda-facts. The only way to see that from outside
// is to change a fact and watch the learner's code follow: these helpers load a fresh copy of a
// learner module against a lambda-facts whose limits differ from today's.
import type * as Facts from '@lambda-dojo/lambda-facts';
import { vi } from 'vitest';

type Limits = typeof Facts.limits;
/** The limits as numbers that a test may change. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends number ? number : Mutable<T[K]> };

/**
 * Imports the learner module `load()` imports, afresh, while `@lambda-dojo/lambda-facts` holds
 * the limits `change` made; the learner's code is then graded against those limits.
 */
export async function importWithLimits<T>(
  load: () => Promise<T>,
  change: (limits: Mutable<Limits>) => void,
): Promise<T> {
  const real = await vi.importActual<typeof Facts>('@lambda-dojo/lambda-facts');
  const changed = structuredClone(real.limits) as Mutable<Limits>;
  change(changed);
  vi.resetModules();
  vi.doMock('@lambda-dojo/lambda-facts', () => ({ ...real, limits: changed }));
  try {
    return await load();
  } finally {
    vi.doUnmock('@lambda-dojo/lambda-facts');
    vi.resetModules();
  }
}
