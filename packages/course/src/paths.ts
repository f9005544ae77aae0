import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/course/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Where `labs/` and `solutions/` live: the repository, or a test's fixture course. */
export const courseDir = process.env.LAMBDA_DOJO_COURSE_DIR || repoRoot;
export const labsDir = `${courseDir}/labs`;
export const solutionsDir = `${courseDir}/solutions`;
/** Where the grader keeps the learner's local state (git-ignored). */
export const stateDir = process.env.LAMBDA_DOJO_STATE_DIR || `${repoRoot}/.lambda-dojo`;
