import { type ProofFields, proofMatches } from '@lambda-dojo/course';
import type { SubmissionBody } from './submission.ts';

/**
 * What the board can say about a result, from strongest to weakest:
 *
 * - `verified`: signed with the key this board issued to this learner id,
 *   graded with `--strict`, against checks whose digest equals the board's
 *   own copy of the course, and the score adds up from the checks' points;
 * - `checks-differ`: signed and `--strict`, but graded with other checks
 *   (another version of the course, or edited checks);
 * - `inconsistent`: signed and `--strict`, but the score does not add up;
 * - `not-strict`: signed, graded without `--strict`;
 * - `unsigned`: nothing but the join code: anyone in the room could have
 *   sent it (plain HTTP, a hand-written request).
 *
 * Every kind but `verified` is "self-reported" on the page. Even `verified`
 * is what the learner's own grader said: see the instructor guide.
 */
export type Verification =
  | 'verified'
  | 'checks-differ'
  | 'inconsistent'
  | 'not-strict'
  | 'unsigned';

export function proofFields(body: SubmissionBody): ProofFields {
  const { results } = body;
  return {
    learner: body.learner,
    lab: results.lab,
    status: results.status,
    score: results.score,
    maxScore: results.max_score,
    strict: body.strict,
    checks: body.proof?.checks ?? '',
    timestamp: results.timestamp,
    tests: results.tests,
  };
}

/** Whether the signature holds; undefined when the learner never joined (nothing to check with). */
export function signatureHolds(body: SubmissionBody, key: string | undefined): boolean | undefined {
  if (key === undefined) return undefined;
  return body.proof !== undefined && proofMatches(key, proofFields(body), body.proof.mac);
}

/** The score is the points of the passing checks, and the checks' points add up to the maximum. */
function scoreAddsUp(body: SubmissionBody): boolean {
  const { tests, score, max_score: max } = body.results;
  const total = tests.reduce((sum, t) => sum + t.points, 0);
  const passed = tests.reduce((sum, t) => sum + (t.status === 'pass' ? t.points : 0), 0);
  return total === max && passed === score;
}

/** Judges a submission whose signature was already checked (`signed`). */
export function verify(
  body: SubmissionBody,
  signed: boolean,
  boardDigest: string | undefined,
): Verification {
  if (!signed) return 'unsigned';
  if (!body.strict) return 'not-strict';
  if (!boardDigest || body.proof?.checks !== boardDigest) return 'checks-differ';
  if (!scoreAddsUp(body)) return 'inconsistent';
  return 'verified';
}
