import type { CoursePaths, Lab } from '@lambda-dojo/course';
import { snapshotChecks } from '@lambda-dojo/course';
import type { GradeOptions } from '../commands/grade.ts';
import type { SubmitContext } from '../commands/submit.ts';

/** The learner's state folder and, with `--strict`, the digest of the checks just verified. */
export function strictSubmitContext(
  lab: Lab,
  options: GradeOptions,
  { courseDir, stateDir }: CoursePaths,
): SubmitContext {
  if (!options.strict) return { stateDir };
  const verified = snapshotChecks(lab, courseDir);
  return 'snapshot' in verified
    ? { stateDir, checksDigest: verified.snapshot.digest }
    : { stateDir };
}
