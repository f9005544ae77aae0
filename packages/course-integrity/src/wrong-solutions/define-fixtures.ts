import type { LabFixtures, WrongSolution } from '../wrong-solution.ts';

/**
 * Declares a lab's wrong solutions: first the lab's id and the edit files its patches change,
 * each under a short name, then the fixtures, built from those names. A patch can only name a
 * listed file: a path typed by hand that is not in `files` is a type error.
 *
 * ```ts
 * export const lab1 = defineFixtures('lab-1', { file: 'src/handler.ts' })(({ file }) => [
 *   { id: '…', mistake: { en: '…', ko: '…' }, failingCheck: '…', patch: [{ file, find, replace }] },
 * ]);
 * ```
 */
export function defineFixtures<const Files extends Record<string, string>>(
  lab: string,
  files: Files,
) {
  return (build: (files: Files) => WrongSolution<Files[keyof Files]>[]): LabFixtures => ({
    lab,
    fixtures: build(files),
  });
}
