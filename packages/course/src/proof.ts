import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a learner's grader signs when it submits to the class board, with the
 * key the board gave this checkout when it joined. The board recomputes the
 * same text from the fields it received; any change to one of them breaks
 * the signature.
 */
export interface ProofFields {
  learner: string;
  lab: string;
  status: string;
  score: number;
  maxScore: number;
  strict: boolean;
  /** `checksDigest` of the lab's checks the grader verified with `--strict`, else ''. */
  checks: string;
  timestamp: string;
  tests: { check_id: string; status: string; points: number }[];
}

export interface Proof {
  /** The checks digest the signature covers ('' without `--strict`). */
  checks: string;
  /** HMAC-SHA256 of `proofText` with the board's key for this learner, hex. */
  mac: string;
}

/** One line per field, in a fixed order; check ids are kebab-case, so no field holds a newline. */
export function proofText(fields: ProofFields): string {
  const tests = fields.tests.map((t) => `${t.check_id} ${t.status} ${t.points}`);
  return [
    'lambda-dojo-proof 1',
    fields.learner,
    fields.lab,
    fields.status,
    String(fields.score),
    String(fields.maxScore),
    String(fields.strict),
    fields.checks,
    fields.timestamp,
    ...tests,
  ].join('\n');
}

export function signProof(key: string, fields: ProofFields): Proof {
  return {
    checks: fields.checks,
    mac: createHmac('sha256', key).update(proofText(fields)).digest('hex'),
  };
}

export function proofMatches(key: string, fields: ProofFields, mac: string): boolean {
  const expected = Buffer.from(signProof(key, fields).mac);
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
