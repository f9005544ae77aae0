import type { SubmitContext } from '../commands/submit.ts';
import { snapshotChecks } from '../integrity/committed-checks.ts';
import type { Lab } from '../labs.ts';
import type { CliOptions } from '../options.ts';
import { courseDir, stateDir } from '../paths.ts';

/** The learner's state folder and, with `--strict`, the digest of the checks just verified. */
export function strictSubmitContext(lab: Lab, options: CliOptions): SubmitContext {
  if (!options.strict) return { stateDir };
  const verified = snapshotChecks(lab, courseDir);
  return 'snapshot' in verified
    ? { stateDir, checksDigest: verified.snapshot.digest }
    : { stateDir };
}
