import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/course/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Where a run of the tools finds the course and keeps the learner's state. */
export interface CoursePaths {
  /** The repository the tools run from (packages/, node_modules/). */
  repoRoot: string;
  /** Where `labs/` and `solutions/` live: the repository, or a test's fixture course. */
  courseDir: string;
  labsDir: string;
  solutionsDir: string;
  /** Where the grader keeps the learner's local state (git-ignored). */
  stateDir: string;
}

/**
 * The paths for an environment: `LAMBDA_DOJO_COURSE_DIR` grades another copy of the course,
 * `LAMBDA_DOJO_STATE_DIR` keeps progress elsewhere than `.lambda-dojo/`. Read when called, so
 * a caller (the CLI entry, a test) decides which environment counts.
 */
export function coursePaths(env: NodeJS.ProcessEnv = process.env): CoursePaths {
  const courseDir = env.LAMBDA_DOJO_COURSE_DIR || repoRoot;
  return {
    repoRoot,
    courseDir,
    labsDir: `${courseDir}/labs`,
    solutionsDir: `${courseDir}/solutions`,
    stateDir: env.LAMBDA_DOJO_STATE_DIR || `${repoRoot}/.lambda-dojo`,
  };
}
