import { describe, type TestContext, test } from 'vitest';
import type { Bilingual, CheckMeta, CheckOptions } from './check-types.ts';

/** Default time one check may take before it counts as a hang. */
export const CHECK_TIMEOUT_MS = 5_000;

/**
 * Declares one graded check of a lab.
 *
 * A check is a Vitest test whose name is its stable id and whose metadata
 * carries its title, points and tiered hints in Korean and English, so the
 * grader can report it without re-reading the check file.
 */
export function check(
  id: string,
  options: CheckOptions,
  fn: (context: TestContext) => unknown | Promise<unknown>,
): void {
  const meta: CheckMeta = {
    id,
    title: options.title,
    points: options.points,
    hints: options.hints,
  };
  test(id, { timeout: options.timeoutMs ?? CHECK_TIMEOUT_MS, meta: { check: meta } }, fn);
}

/**
 * Groups the checks of one task of a lab, with its title in both languages:
 * one `task` per numbered task of the lab's instructions.
 */
export function task(title: Bilingual, fn: () => void): void {
  describe(title.en, { meta: { task: title } }, fn);
}
