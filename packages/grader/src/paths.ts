import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/grader/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

export const labsDir = `${repoRoot}/labs`;
export const solutionsDir = `${repoRoot}/solutions`;
/** Where the grader keeps the learner's local state (git-ignored). */
export const stateDir = `${repoRoot}/.lambda-dojo`;
