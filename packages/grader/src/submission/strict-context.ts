import type { Lab } from '@lambda-dojo/course';
import { courseDir, snapshotChecks, stateDir } from '@lambda-dojo/course';
import type { SubmitContext } from '../commands/submit.ts';
import type { CliOptions } from '../options.ts';

/** The learner's state folder and, with `--strict`, the digest of the checks just verified. */
export function strictSubmitContext(lab: Lab, options: CliOptions): SubmitContext {
  if (!options.strict) return { stateDir };
  const verified = snapshotChecks(lab, courseDir);
  return 'snapshot' in verified
    ? { stateDir, checksDigest: verified.snapshot.digest }
    : { stateDir };
}
