import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CoursePaths, Lab } from '@lambda-dojo/course';
import { changedSince, snapshotChecks } from '@lambda-dojo/course';
import type { RunResult } from './check-result.ts';
import { summarise } from './check-result.ts';
import type { GradeOptions } from './commands/grade.ts';
import { strictProblem } from './commands/submit.ts';
import { GraderError } from './errors.ts';
import { liveStatus } from './live-status.ts';
import { openTarget } from './open-target.ts';
import { runIsolated } from './runner/run-isolated.ts';
import {
  buildInfoPath,
  startTypeCheck,
  TYPE_CHECK_WAIT_MS,
  typeCheckWithin,
} from './type-check.ts';

/**
 * Grades a lab's code in `srcDir` against the target the options name, and
 * cleans up what the target created, whatever happens. With `--strict`, the
 * checks run from the text verified against git before the run, and a check
 * file that changes on disk during the run makes the run an error.
 */
export async function runLab(
  lab: Lab,
  srcDir: string,
  options: GradeOptions,
  { repoRoot, courseDir, stateDir }: Pick<CoursePaths, 'repoRoot' | 'courseDir' | 'stateDir'>,
  print: (text: string) => void,
): Promise<RunResult> {
  const { manifest } = lab;
  const verified = options.strict ? snapshotChecks(lab, courseDir) : undefined;
  if (verified && 'refusal' in verified) {
    // Checked by the command first; reached only if the files changed since.
    const message = strictProblem(lab, courseDir, options) ?? verified.refusal.reason;
    throw new GraderError(message);
  }
  const snapshot = verified?.snapshot;
  const target = await openTarget(options, manifest.id, srcDir, print, manifest.deploy);
  // The live line goes to the terminal only, never into --json output on stdout.
  const tty = Boolean(process.stdout.isTTY) && options.json !== '-';
  const status = liveStatus(options.lang, print, tty);
  const base = join(srcDir, '..');
  // Without the lab's tsconfig.json there is nothing to say what "correct" means: no check.
  const configDir = [base, lab.labDir].find((dir) => existsSync(join(dir, 'tsconfig.json')));
  const typeCheck =
    configDir === undefined
      ? undefined
      : startTypeCheck({
          configDir,
          files: manifest.files.edit.map((file) => join(base, file)),
          lang: options.lang,
          buildInfoFile: buildInfoPath(stateDir, manifest.id, options.solution),
        });
  try {
    const run = await runIsolated({
      repoRoot,
      checkFiles: manifest.files.checks.map((file) => join(lab.labDir, file)),
      srcDir,
      maxScore: manifest.points,
      env: target.env,
      ...(snapshot ? { strict: { served: snapshot.files } } : {}),
      onCheckEvent: status.onEvent,
    });
    const changed = snapshot ? changedSince(snapshot, courseDir) : [];
    if (changed.length > 0) {
      const problem = { kind: 'tampered' as const, breaches: changed.map((f) => `changed ${f}`) };
      const checks = run.checks.map((c) => ({
        ...c,
        status: 'fail' as const,
        message: 'tampered',
      }));
      return summarise(checks, [...run.problems, problem], run.maxScore, run.durationMs);
    }
    if (!typeCheck) return run;
    const typeProblems = await typeCheckWithin(typeCheck, TYPE_CHECK_WAIT_MS);
    return typeProblems ? { ...run, typeProblems } : { ...run, typeCheckLate: base };
  } finally {
    typeCheck?.stop();
    status.stop();
    await target.cleanup();
  }
}
