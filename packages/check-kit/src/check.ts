import { describe, type TestContext, test } from 'vitest';
import { noteCheck, skippedChecks } from './check-events.ts';
import type { Bilingual, CheckMeta, CheckOptions, TieredHints } from './check-types.ts';
import { CheckDefinitionError } from './errors.ts';
import { runGuarded } from './loop-guard.ts';
import { sealCheck } from './seal.ts';

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
  assertValidCheck(id, options);
  const meta: CheckMeta = {
    id,
    title: options.title,
    points: options.points,
    hints: options.hints,
  };
  const timeout = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  // A re-run after a hang skips the check that hung, so the others can finish.
  const declare = skippedChecks().has(id) ? test.skip : test;
  declare(
    id,
    { timeout, meta: { check: meta } },
    sealCheck(id, async (context: TestContext) => {
      noteCheck('start', id, timeout, options.title);
      try {
        // LAMBDA_DOJO_LOOP_GUARD=off leaves loops to the grader's slower fallback (for its tests).
        if (process.env.LAMBDA_DOJO_LOOP_GUARD === 'off') return await fn(context);
        return await runGuarded(() => fn(context));
      } finally {
        noteCheck('end', id, timeout);
      }
    }),
  );
}

/**
 * Groups the checks of one task of a lab, with its title in both languages:
 * one `task` per numbered task of the lab's instructions.
 */
export function task(title: Bilingual, fn: () => void): void {
  describe(title.en, { meta: { task: title } }, fn);
}

/** The property of a failed assertion's error that carries its own hints. */
export const HINTS_PROPERTY = 'lambdaDojoHints';

/**
 * Runs the assertions in `fn` and, if one fails, shows `hints` instead of the
 * check's own: a hint about what this assertion found wrong. Hints may be one
 * text per language or tiers like a check's.
 *
 * ```ts
 * because({ ko: '무료 사용량을 빼세요', en: 'Subtract the free tier' }, () => {
 *   expect(bill.totalUsd, 'the bill').toBe('0.00');
 * });
 * ```
 */
export function because<T>(hints: Bilingual | TieredHints, fn: () => T): T {
  const tiers: TieredHints =
    typeof hints.ko === 'string'
      ? { ko: [hints.ko], en: [hints.en as string] }
      : (hints as TieredHints);
  const attach = (error: unknown) => {
    if (error && typeof error === 'object' && !(HINTS_PROPERTY in error)) {
      Object.assign(error, { [HINTS_PROPERTY]: tiers });
    }
    throw error;
  };
  try {
    const result = fn();
    if (result instanceof Promise) return result.catch(attach) as T;
    return result;
  } catch (error) {
    return attach(error);
  }
}

export { CheckDefinitionError } from './errors.ts';

/** Every check carries a kebab-case id, points, and titles and hints in both languages. */
function assertValidCheck(id: string, options: CheckOptions): void {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push('the id must be kebab-case');
  if (!Number.isInteger(options.points) || options.points <= 0) {
    problems.push(`expected whole positive points but received ${options.points}`);
  }
  if (!options.title?.ko?.trim() || !options.title?.en?.trim()) {
    problems.push('the title needs both ko and en');
  }
  const { ko = [], en = [] } = options.hints ?? {};
  if (ko.length === 0 || en.length === 0)
    problems.push('hints need at least one tier in ko and en');
  if (ko.length !== en.length)
    problems.push(`ko has ${ko.length} hint tiers but en has ${en.length}`);
  if ([...ko, ...en].some((hint) => !hint.trim())) problems.push('a hint is empty');
  if (problems.length > 0) {
    throw new CheckDefinitionError(`Check "${id}" is not valid: ${problems.join('; ')}`);
  }
}
