import { existsSync, readFileSync } from 'node:fs';

/** A surviving mutant someone read and judged harmless, with why. */
export interface ReviewedSurvivor {
  /** Path inside the lab, e.g. `src/cost.ts`. */
  file: string;
  mutator: string;
  /** The source text the mutant replaces, and what it puts there. */
  original: string;
  replacement: string;
  /** One line: "equivalent: ..." or "out of scope: ...". */
  reason: string;
}

export type ReviewedSurvivors = Record<string, ReviewedSurvivor[]>;

export const reviewedSurvivorsFile = new URL(
  '../../mutation/reviewed-survivors.json',
  import.meta.url,
).pathname;

export function readReviewedSurvivors(file = reviewedSurvivorsFile): ReviewedSurvivors {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReviewedSurvivors) : {};
}

/** The same mutant, whatever line it moved to. */
export const sameMutant = (
  a: Omit<ReviewedSurvivor, 'reason'>,
  b: Omit<ReviewedSurvivor, 'reason'>,
): boolean =>
  a.file === b.file &&
  a.mutator === b.mutator &&
  a.original === b.original &&
  a.replacement === b.replacement;
