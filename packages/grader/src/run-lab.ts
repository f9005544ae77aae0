import { join } from 'node:path';
import type { RunResult } from './check-result.ts';
import { summarise } from './check-result.ts';
import { strictProblem } from './commands/submit.ts';
import { changedSince, snapshotChecks } from './integrity/committed-checks.ts';
import type { Lab } from './labs.ts';
import { openTarget } from './open-target.ts';
import type { CliOptions } from './options.ts';
import { courseDir } from './paths.ts';
import { runIsolated } from './runner/run-isolated.ts';

/**
 * Grades a lab's code in `srcDir` against the target the options name, and
 * cleans up what the target created, whatever happens. With `--strict`, the
 * checks run from the text verified against git before the run, and a check
 * file that changes on disk during the run makes the run an error.
 */
export async function runLab(
  lab: Lab,
  srcDir: string,
  options: CliOptions,
  repoRoot: string,
  print: (text: string) => void,
): Promise<RunResult> {
  const { manifest } = lab;
  const verified = options.strict ? snapshotChecks(lab, courseDir) : undefined;
  if (verified && 'refusal' in verified) {
    // Checked by the command first; reached only if the files changed since.
    const message = strictProblem(lab, courseDir, options) ?? verified.refusal.reason;
    throw Object.assign(new Error(message), { name: 'GraderError' });
  }
  const snapshot = verified?.snapshot;
  const target = await openTarget(options, manifest.id, srcDir, print);
  try {
    const run = await runIsolated({
      repoRoot,
      checkFiles: manifest.files.checks.map((file) => join(lab.labDir, file)),
      srcDir,
      maxScore: manifest.points,
      env: target.env,
      ...(snapshot ? { strict: { served: snapshot.files } } : {}),
    });
    const changed = snapshot ? changedSince(snapshot, courseDir) : [];
    if (changed.length === 0) return run;
    const problem = { kind: 'tampered' as const, breaches: changed.map((f) => `changed ${f}`) };
    const checks = run.checks.map((c) => ({ ...c, status: 'fail' as const, message: 'tampered' }));
    return summarise(checks, [...run.problems, problem], run.maxScore, run.durationMs);
  } finally {
    await target.cleanup();
  }
}
