import type { Lab } from '@lambda-dojo/course';
import type { LogLevel, PartialStrykerOptions } from '@stryker-mutator/api/core';
import { MutationError } from '../errors.ts';

const isScript = (file: string) => /\.(ts|js|mjs)$/.test(file);

/**
 * Files StrykerJS can mutate: the lab's edit files that are JavaScript or TypeScript, or only
 * the ones `only` names (`src/http.ts`, or a line range as StrykerJS takes it, `src/http.ts:1-80`).
 */
export function mutatedFiles(lab: Lab, only: readonly string[] = []): string[] {
  const editable = lab.manifest.files.edit.filter(isScript);
  for (const entry of only) {
    const file = entry.replace(/:[\d:-]+$/, '');
    if (!editable.includes(file)) {
      throw new MutationError(
        `Expected one of ${editable.join(', ')} (optionally with :<from>-<to> lines) for --mutate but received ${entry}`,
      );
    }
  }
  return (only.length > 0 ? only : editable).map((file) => `solutions/${lab.folder}/${file}`);
}

/**
 * StrykerJS options for one lab, run from the repository root: the reference solution's edit
 * files are mutated and the lab's checks are the tests. The sandbox holds only that lab.
 */
export function strykerOptions(
  lab: Lab,
  concurrency: number,
  only: readonly string[] = [],
): PartialStrykerOptions {
  process.env.DOJO_MUTATION_LAB = lab.folder;
  process.env.DOJO_MUTATION_CHECKS = lab.manifest.files.checks.join(',');
  return {
    plugins: ['@stryker-mutator/vitest-runner'],
    testRunner: 'vitest',
    vitest: { configFile: 'packages/course-integrity/mutation/vitest.config.ts', related: false },
    coverageAnalysis: 'perTest',
    mutate: mutatedFiles(lab, only),
    concurrency,
    checkers: [],
    reporters: ['progress'],
    tempDirName: `packages/course-integrity/.mutation/tmp-${lab.manifest.id}`,
    cleanTempDir: true,
    timeoutMS: 10_000,
    // The first, unmutated run of the checks: on a shared machine under load it can take
    // longer than StrykerJS's default of 5 minutes, which ends the whole run.
    dryRunTimeoutMinutes: 20,
    // Copy only this lab, its solution, the shared tsconfig and the Vitest config into the
    // sandbox; node_modules is linked, so the course's packages resolve as usual.
    ignorePatterns: [
      '/*',
      '!/tsconfig.base.json',
      '!/labs',
      '/labs/*',
      `!/labs/${lab.folder}`,
      '!/solutions',
      '/solutions/*',
      `!/solutions/${lab.folder}`,
      '!/packages',
      '/packages/*',
      '!/packages/course-integrity',
      '/packages/course-integrity/*',
      '!/packages/course-integrity/mutation',
    ],
    logLevel: 'warn' as LogLevel,
  };
}
