import { type Fact, getFact, type HistoryEntry } from '@lambda-dojo/lambda-facts';

/**
 * The fact at `path`, or its 2018 value with `then`. Throws (and so fails the build)
 * for an unknown path or a fact without history, so a page cannot cite a missing fact.
 */
export function resolveFact(path: string, then = false): Fact | HistoryEntry {
  const fact = getFact(path);
  if (!then) return fact;
  const oldest = fact.history?.[0];
  if (!oldest) {
    throw new Error(
      `<Fact path="${path}" then /> needs a 2018 value, but lambda-facts has no history for '${path}'. Add one in packages/lambda-facts or drop "then".`,
    );
  }
  return oldest;
}
