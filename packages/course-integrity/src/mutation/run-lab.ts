import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lab, repoRoot } from '@lambda-dojo/course';
import type { MutantResult } from '@stryker-mutator/api/core';
import { Stryker } from '@stryker-mutator/core';
import { gradeWithCli } from '../grade-cli.ts';
import { patchedCourse } from '../patched-course.ts';
import { mutantFile, mutatedSource, originalText } from './mutant-source.ts';
import { strykerOptions } from './stryker-options.ts';
import { type ReviewedSurvivor, sameMutant } from './survivors.ts';

/** One mutant as the report shows it. */
export interface MutantOutcome {
  file: string;
  line: number;
  mutator: string;
  original: string;
  replacement: string;
  /** StrykerJS's verdict, then ours after grading the survivors through the real grader. */
  stryker: string;
  killed: boolean;
  /** How it was killed or why it counts as surviving. */
  by: string;
}

export interface LabMutationReport {
  lab: string;
  mutants: number;
  killed: number;
  survived: number;
  /** Killed / (killed + survived), in percent; invalid mutants (compile errors) are left out. */
  score: number;
  /** Set when only some edit files (or lines) were mutated: a partial measurement. */
  only?: string[];
  outcomes: MutantOutcome[];
  /** Survivors not in the reviewed list: each one fails the run. */
  unreviewed: MutantOutcome[];
}

/** StrykerJS's own results, kept so a report can be studied without running it again. */
const rawDir = new URL('../../.mutation/stryker/', import.meta.url).pathname;

/** The file name of a lab's reports: a partial run's names what it mutated, so runs do not overwrite each other. */
export const reportName = (labId: string, only: readonly string[] = []): string =>
  only.length === 0 ? labId : `${labId}.${only.join('+').replace(/[^\w.+-]+/g, '_')}`;

const KILLED = new Set(['Killed', 'Timeout']);
const INVALID = new Set(['CompileError', 'Ignored', 'Pending']);

/** Grades the mutated solution through the real grader: does a learner with this code pass? */
async function graderCatches(lab: Lab, mutant: MutantResult): Promise<boolean> {
  const inLab = mutantFile(mutant).replace(`solutions/${lab.folder}/`, '');
  const course = patchedCourse(lab, [], { [inLab]: mutatedSource(mutant) });
  try {
    const { results } = await gradeWithCli(lab.manifest.id, ['--solution', '--lang', 'en'], {
      LAMBDA_DOJO_COURSE_DIR: course.courseDir,
    });
    return results.status !== 'pass';
  } finally {
    course.remove();
  }
}

/**
 * Mutation-tests one lab: StrykerJS mutates the reference solution's edit files and runs the
 * lab's checks on each mutant. A mutant the checks did not kill in Vitest (it survived, was not
 * covered, or broke loading) is graded again through the real grader, which decides.
 */
export async function mutateLab(
  lab: Lab,
  reviewed: ReviewedSurvivor[],
  concurrency: number,
  only: readonly string[] = [],
): Promise<LabMutationReport> {
  const cwd = process.cwd();
  process.chdir(repoRoot);
  let results: MutantResult[];
  try {
    results = await new Stryker(strykerOptions(lab, concurrency, only)).runMutationTest();
  } finally {
    process.chdir(cwd);
  }
  mkdirSync(rawDir, { recursive: true });
  writeFileSync(join(rawDir, `${reportName(lab.manifest.id, only)}.json`), JSON.stringify(results));
  const outcomes: MutantOutcome[] = [];
  for (const mutant of results) {
    if (INVALID.has(mutant.status)) continue;
    const base = {
      file: mutantFile(mutant).replace(`solutions/${lab.folder}/`, ''),
      line: mutant.location.start.line,
      mutator: mutant.mutatorName,
      original: originalText(mutant),
      replacement: mutant.replacement,
      stryker: mutant.status,
    };
    if (KILLED.has(mutant.status)) {
      outcomes.push({
        ...base,
        killed: true,
        by: (mutant.killedBy ?? []).join(', ') || mutant.status,
      });
      continue;
    }
    const caught = await graderCatches(lab, mutant);
    outcomes.push({
      ...base,
      killed: caught,
      by: caught ? 'the grader (not Vitest)' : 'survived the grader',
    });
  }
  const killed = outcomes.filter((o) => o.killed).length;
  const survivors = outcomes.filter((o) => !o.killed);
  return {
    lab: lab.manifest.id,
    mutants: outcomes.length,
    killed,
    survived: survivors.length,
    score: outcomes.length === 0 ? 100 : Math.floor((killed / outcomes.length) * 1000) / 10,
    ...(only.length > 0 ? { only: [...only] } : {}),
    outcomes,
    unreviewed: survivors.filter((s) => !reviewed.some((r) => sameMutant(r, s))),
  };
}
