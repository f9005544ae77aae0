import type { Bilingual } from '@lambda-dojo/lang';

/** One change to a file of the reference solution: `find` occurs exactly once and becomes `replace`. */
export interface Edit<File extends string = string> {
  /** Path inside the lab, e.g. `src/handler.ts`. */
  file: File;
  find: string;
  replace: string;
}

/**
 * A plausible wrong solution: the reference solution with a learner's mistake in it. Grading
 * it must fail `failingCheck`: the check whose title names what the mistake breaks.
 */
export interface WrongSolution<File extends string = string> {
  /** Kebab-case, unique within its lab. */
  id: string;
  /** The mistake, as a reviewer reads it. */
  mistake: Bilingual;
  failingCheck: string;
  patch: Edit<File>[];
}

/** The wrong solutions of one lab, by the lab's id. */
export interface LabFixtures {
  lab: string;
  fixtures: WrongSolution[];
}
